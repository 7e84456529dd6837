using System.Management.Automation;
using System.Security;
using IdentitySecurityCloud.PersonalAccessTokens;
using IscPat.Model;

namespace IscPat.Commands
{
    /// <summary>
    /// ConvertTo-V2024PatCredential: the token as a [pscredential], user
    /// name = the token id, password = the secret as a SecureString (the
    /// client id and client secret of the OAuth client-credentials call).
    /// The response is validated as ConvertTo-V2024Json does: an edited
    /// object or a hashtable is built again through the typed API.
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "V2024PatCredential")]
    [OutputType(typeof(PSCredential))]
    public sealed class ConvertToV2024PatCredentialCommand : PSCmdlet
    {
        /// <summary>A response object.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [AllowNull]
        public object? InputObject { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            try
            {
                CreatePersonalAccessTokenResponse? response = Responses.For(InputObject, out bool created);
                if (response is null)
                {
                    throw new PatException(
                        PatStatus.WrongType,
                        "InputObject",
                        $"-InputObject: {FieldValues.Describe(FieldValues.Unwrap(InputObject), null)} is not a " +
                        "V2024CreatePersonalAccessTokenResponse object; make one with Initialize-V2024CreatePersonalAccessTokenResponse " +
                        "or ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse");
                }

                try
                {
                    WriteObject(new PSCredential(response.Id, ToSecureString(response.RevealSecret())));
                }
                finally
                {
                    if (created)
                    {
                        response.Dispose();
                    }
                }
            }
            catch (PatException e)
            {
                WriteError(PatErrors.From(e, ErrorCategory.InvalidArgument));
            }
        }

        private static SecureString ToSecureString(string text)
        {
            var secure = new SecureString();
            foreach (char c in text)
            {
                secure.AppendChar(c);
            }

            secure.MakeReadOnly();
            return secure;
        }
    }
}
