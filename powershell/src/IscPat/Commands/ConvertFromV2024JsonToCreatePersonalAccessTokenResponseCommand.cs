using System.Management.Automation;
using IdentitySecurityCloud.PersonalAccessTokens;
using IscPat.Model;

namespace IscPat.Commands
{
    /// <summary>
    /// ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse: parses one JSON
    /// document per input string with the native parser.
    /// </summary>
    [Cmdlet(VerbsData.ConvertFrom, "V2024JsonToCreatePersonalAccessTokenResponse")]
    [OutputType(PatObjects.ResponseTypeName)]
    public sealed class ConvertFromV2024JsonToCreatePersonalAccessTokenResponseCommand : PSCmdlet
    {
        /// <summary>The JSON text of one response object.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [AllowEmptyString]
        public string Json { get; set; } = string.Empty;

        /// <summary>Reject keys the model does not define.</summary>
        [Parameter]
        public SwitchParameter Strict { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            try
            {
                using var response = CreatePersonalAccessTokenResponse.Parse(Json, Strict.IsPresent);
                WriteObject(PatObjects.FromResponse(response));
            }
            catch (PatException e)
            {
                ThrowTerminatingError(PatErrors.From(e, ErrorCategory.InvalidData));
            }
        }
    }
}
