using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Text.RegularExpressions;
using IdentitySecurityCloud.PersonalAccessTokens;
using IscPat.Model;

namespace IscPat.Commands
{
    /// <summary>
    /// Initialize-V2024CreatePersonalAccessTokenResponse: a validated response
    /// object from parameters or from the properties of piped objects.
    /// </summary>
    [Cmdlet(VerbsData.Initialize, "V2024CreatePersonalAccessTokenResponse")]
    [Alias("Initialize-PSSailpoint.V2024CreatePersonalAccessTokenResponse")]
    [OutputType(PatObjects.ResponseTypeName)]
    public sealed class InitializeV2024CreatePersonalAccessTokenResponseCommand : PSCmdlet
    {
        /// <summary>Token id; must not be empty.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Id { get; set; } = string.Empty;

        /// <summary>Token secret; must not be empty.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Secret { get; set; } = string.Empty;

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
        protected override void ProcessRecord()
        {
            int validity = (int)Math.Clamp(
                AccessTokenValiditySeconds ?? CreatePersonalAccessTokenResponse.DefaultAccessTokenValiditySeconds,
                int.MinValue,
                int.MaxValue);
            var fields = PropertyBag.FromValues(new Dictionary<string, object?>
            {
                ["id"] = Id,
                ["secret"] = Secret,
                ["scope"] = Scope,
                ["name"] = Name,
                ["owner"] = Owner,
                ["created"] = Created,
                ["accessTokenValiditySeconds"] =
                    AccessTokenValiditySeconds ?? CreatePersonalAccessTokenResponse.DefaultAccessTokenValiditySeconds,
                ["expirationDate"] = ExpirationDate,
            });
            try
            {
                using CreatePersonalAccessTokenResponse response = InputJson.ParseResponse(fields, asParameters: true);

                // The native side stores validated text unchanged, so the text
                // parameters are the stored values; the instants are read back
                // (the native side keeps UTC to the millisecond).
                WriteObject(PatObjects.FromResponse(
                    Id,
                    Secret,
                    Scope is null ? null : (string[])Scope.Clone(),
                    Name,
                    OwnerObject(response),
                    response.Created.UtcDateTime,
                    validity,
                    ExpirationDate is null ? null : response.ExpirationDate));
            }
            catch (PatException e)
            {
                ThrowTerminatingError(Scrubbed(PatErrors.From(e, ErrorCategory.InvalidArgument)));
            }
            catch (PatInputException e)
            {
                ThrowTerminatingError(Scrubbed(PatErrors.From(e, ErrorCategory.InvalidArgument)));
            }
        }

        /// <summary>
        /// The owner object of a validated response: from the -Owner value's
        /// fields when they are all text (stored unchanged), otherwise read
        /// back from the native owner.
        /// </summary>
        private PSObject OwnerObject(CreatePersonalAccessTokenResponse response)
        {
            PropertyBag owner = InputJson.OwnerBag(Owner, "-Owner");
            if (owner.TryGet("type", out object? type) && Text(type) is string typeText &&
                owner.TryGet("id", out object? id) && Text(id) is string idText &&
                owner.TryGet("name", out object? name) && Text(name) is string nameText)
            {
                return PatObjects.FromOwner(typeText, idText, nameText);
            }

            return PatObjects.FromOwner(response.Owner);
        }

        private static string? Text(object? value) => (value is PSObject ps ? ps.BaseObject : value) as string;

        /// <summary>
        /// Messages quote the values they reject (an owner given as text, a
        /// date). Should a quoted value hold the secret (a value passed to the
        /// wrong parameter), that part of the quote is masked, so no error
        /// record carries the secret. The category, id and target are kept.
        /// </summary>
        private ErrorRecord Scrubbed(ErrorRecord record)
        {
            string message = record.Exception.Message;
            if (Secret.Length == 0 || message.IndexOf(Secret, StringComparison.Ordinal) < 0)
            {
                return record;
            }

            // Only quoted values can hold user text; the rest of a message is fixed wording.
            string masked = QuotedText.Replace(message, quote => quote.Value.Replace(Secret, "********", StringComparison.Ordinal));
            if (masked == message)
            {
                return record;
            }

            var exception = new ArgumentException(masked);
            return new ErrorRecord(exception, record.FullyQualifiedErrorId, record.CategoryInfo.Category, record.TargetObject);
        }

        private static readonly Regex QuotedText = new Regex("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'", RegexOptions.CultureInvariant);
    }
}
