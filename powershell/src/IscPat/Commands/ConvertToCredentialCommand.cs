using System;
using System.Management.Automation;
using IdentitySecurityCloud.PersonalAccessTokens;
using IscPat.Model;

namespace IscPat.Commands
{
    /// <summary>
    /// ConvertTo-IscPatCredential (aliases: each generation's
    /// ConvertTo-...PatCredential): the token as a [pscredential], user name
    /// = the token id, password = the secret as a SecureString (the client
    /// id and client secret of the OAuth client-credentials call). The
    /// response is validated by one native create, as ConvertTo-IscPatJson does.
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "IscPatCredential")]
    [Alias("ConvertTo-BetaPatCredential", "ConvertTo-V2024PatCredential", "ConvertTo-V2025PatCredential", "ConvertTo-V2026PatCredential", "ConvertTo-PatCredential")]
    [OutputType(typeof(PSCredential))]
    public sealed class ConvertToCredentialCommand : PSCmdlet
    {
        /// <summary>A response object.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [AllowNull]
        public object? InputObject { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            string? secret = null;
            try
            {
                CreatePersonalAccessTokenResponse response = Responses.For(InputObject, ref secret, out bool created)
                    ?? throw new PatException(
                        PatStatus.WrongType,
                        "InputObject",
                        $"-InputObject: {FieldValues.Describe(InputObject)} is not a response object; make one with " +
                        "Initialize-...CreatePersonalAccessTokenResponse or ConvertFrom-...JsonToCreatePersonalAccessTokenResponse");
                try
                {
                    WriteObject(new PSCredential(response.Id, FieldValues.ToSecureString(response.RevealSecret())));
                }
                finally
                {
                    if (created)
                    {
                        response.Dispose();
                    }
                }
            }
            catch (Exception e) when (PatErrors.Record(e, ErrorCategory.InvalidArgument, InputObject, secret, null) is ErrorRecord record)
            {
                WriteError(record);
            }
        }
    }
}
