using System;
using System.Collections;
using System.Management.Automation;
using System.Security;
using IdentitySecurityCloud.PersonalAccessTokens;
using IscPat.Model;

namespace IscPat.Commands
{
    /// <summary>
    /// Initialize-...CreatePersonalAccessTokenResponse, in every SDK
    /// generation's name (Generations.cs): a validated response
    /// object from parameters, from the properties of piped objects, or from
    /// piped dictionaries with the wire keys (what the SDK's API cmdlets
    /// return), made by one call of the typed .NET API. An invalid item is a
    /// non-terminating error naming the item; the next items are still made.
    /// </summary>
    public abstract class InitializeResponseCommand : PSCmdlet
    {
        /// <summary>The default parameter set: a piped dictionary binds to -InputObject before PowerShell tries its keys as properties (which it cannot).</summary>
        internal const string Dictionary = "Dictionary";

        private const string Properties = "Properties";
        private int position;

        /// <summary>A dictionary with the wire keys, matched without regard to case; keys the model does not know are skipped.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = Dictionary)]
        public IDictionary? InputObject { get; set; }

        /// <summary>The piped object whose properties bind the parameters, kept for the error record.</summary>
        [Parameter(ValueFromPipeline = true, ParameterSetName = Properties, DontShow = true)]
        public object? PipelineObject { get; set; }

        /// <summary>Token id; must not be empty.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = Properties)]
        [AllowEmptyString]
        public string Id { get; set; } = string.Empty;

        /// <summary>Token secret: text or a [securestring]; must not be empty. Prompted for with the typing hidden.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = Properties)]
        [AllowNull]
        [Alias("secureSecret")]
        [SecureStringTransformation]
        public SecureString? Secret { get; set; }

        /// <summary>Scopes; omitted or $null gives a null scope.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = Properties)]
        [AllowNull]
        [AllowEmptyCollection]
        public string[]? Scope { get; set; }

        /// <summary>Token name; must not be empty.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = Properties)]
        [AllowEmptyString]
        public string Name { get; set; } = string.Empty;

        /// <summary>The owner: an Initialize-...PatOwner object, a hashtable or a PSCustomObject.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = Properties)]
        [AllowNull]
        public object? Owner { get; set; }

        /// <summary>Creation instant: [datetime], [datetimeoffset] or RFC 3339 text.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = Properties)]
        [AllowNull]
        public object? Created { get; set; }

        /// <summary>Access token validity in whole seconds; 43200 when omitted or $null.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = Properties)]
        [AllowNull]
        public object? AccessTokenValiditySeconds { get; set; }

        /// <summary>Optional expiration instant, as for Created.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = Properties)]
        [AllowNull]
        public object? ExpirationDate { get; set; }

        /// <inheritdoc/>
        protected override void BeginProcessing() => FormatViews.EnsureLoaded(this);

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            position++;
            string? secret = null;
            try
            {
                CreatePersonalAccessTokenResponse response;
                V2024CreatePersonalAccessTokenResponse? copy = null;
                if (InputObject is not null)
                {
                    response = Responses.For(InputObject, ref secret, out _)
                        ?? throw new PatException(PatStatus.MissingField, "secret", "secret: no secret was given");
                }
                else
                {
                    secret = FieldValues.Secret(Secret);
                    response = Responses.Create(Id, secret, Scope, Name, Owner, Created, AccessTokenValiditySeconds, ExpirationDate, out copy, copyOut: true);
                }

                // The values are copied out and the native response freed at once.
                using (response)
                {
                    WriteObject(copy is null ? V2024CreatePersonalAccessTokenResponse.Output(response) : V2024CreatePersonalAccessTokenResponse.Output(copy));
                }
            }
            catch (Exception e) when (PatErrors.Record(e, ErrorCategory.InvalidArgument, InputObject ?? PipelineObject, secret, ItemLabel()) is ErrorRecord record)
            {
                WriteError(record);
            }
        }

        private string? ItemLabel() =>
            MyInvocation.ExpectingInput ? PatErrors.Item(position, InputObject is null ? Id : PropertyBag.Get(InputObject, "id")) : null;
    }
}
