using System.Management.Automation;
using IdentitySecurityCloud.PersonalAccessTokens;
using IscPat.Model;

namespace IscPat.Commands
{
    /// <summary>
    /// Initialize-V2024CreatePersonalAccessTokenResponse: a validated response
    /// object from parameters or from the properties of piped objects, made
    /// by one call of the typed .NET API. An invalid item is a
    /// non-terminating error; the next items are still processed.
    /// </summary>
    [Cmdlet(VerbsData.Initialize, "V2024CreatePersonalAccessTokenResponse")]
    [Alias("Initialize-PSSailpoint.V2024CreatePersonalAccessTokenResponse")]
    [OutputType(typeof(V2024CreatePersonalAccessTokenResponse))]
    public sealed class InitializeV2024CreatePersonalAccessTokenResponseCommand : PSCmdlet
    {
        /// <summary>Token id; must not be empty.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Id { get; set; } = string.Empty;

        /// <summary>Token secret: text or a [securestring]; must not be empty.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public object? Secret { get; set; }

        /// <summary>Scopes; omitted or $null gives a null scope.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyCollection]
        public string[]? Scope { get; set; }

        /// <summary>Token name; must not be empty.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Name { get; set; } = string.Empty;

        /// <summary>The owner: an Initialize-V2024PatOwner object, a hashtable or a PSCustomObject.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        public object? Owner { get; set; }

        /// <summary>Creation instant: [datetime], [datetimeoffset] or RFC 3339 text.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        public object? Created { get; set; }

        /// <summary>Access token validity in seconds; 43200 when omitted or $null.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        public long? AccessTokenValiditySeconds { get; set; }

        /// <summary>Optional expiration instant, as for Created.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        public object? ExpirationDate { get; set; }

        /// <inheritdoc/>
        protected override void BeginProcessing() => FormatViews.EnsureLoaded(this);

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            try
            {
                string secret = FieldValues.Secret(Secret, "secret", "-Secret");
                FieldValues.CheckScope(Scope);
                DateArgument created = FieldValues.Date(Created, "created", "-Created", secret);
                DateArgument? expiration = FieldValues.OptionalDate(ExpirationDate, "expirationDate", "-ExpirationDate", secret);
                PatOwner owner = FieldValues.Owner(Owner, "-Owner", secret, out bool ownerCreated);
                CreatePersonalAccessTokenResponse response;
                try
                {
                    response = DateArgument.Create(Id, secret, Scope, Name, owner, created, AccessTokenValiditySeconds, expiration);
                }
                catch
                {
                    if (ownerCreated)
                    {
                        owner.Dispose();
                    }

                    throw;
                }

                // The owner object: the one given, when it is ours and unedited; otherwise one over the owner made here.
                V2024PatOwner ownerObject = !ownerCreated && FieldValues.Unwrap(Owner) is V2024PatOwner given
                    ? given
                    : new V2024PatOwner(ownerCreated ? owner : owner.Clone());

                // Text is stored unchanged by the native side, so the values
                // given are the stored ones; instants are read back from it
                // on first use (it keeps UTC to the millisecond).
                WriteObject(V2024CreatePersonalAccessTokenResponse.Output(
                    response,
                    expiration is null ? null : response.ExpirationDate,
                    id: Id,
                    secret: secret,
                    name: Name,
                    scope: Scope is null ? null : (string[])Scope.Clone(),
                    hasScope: true,
                    owner: ownerObject,
                    validity: (int)(AccessTokenValiditySeconds ?? CreatePersonalAccessTokenResponse.DefaultAccessTokenValiditySeconds)));
            }
            catch (PatException e)
            {
                WriteError(PatErrors.From(e, ErrorCategory.InvalidArgument));
            }
        }
    }
}
