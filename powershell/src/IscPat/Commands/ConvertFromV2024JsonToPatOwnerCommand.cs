using System.Management.Automation;
using IdentitySecurityCloud.PersonalAccessTokens;
using IscPat.Model;

namespace IscPat.Commands
{
    /// <summary>ConvertFrom-V2024JsonToPatOwner: parses one JSON owner per input string.</summary>
    [Cmdlet(VerbsData.ConvertFrom, "V2024JsonToPatOwner")]
    [OutputType(PatObjects.OwnerTypeName)]
    public sealed class ConvertFromV2024JsonToPatOwnerCommand : PSCmdlet
    {
        /// <summary>The JSON text of one owner object.</summary>
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
                using var owner = PatOwner.Parse(Json, Strict.IsPresent);
                WriteObject(PatObjects.FromOwner(owner));
            }
            catch (PatException e)
            {
                ThrowTerminatingError(PatErrors.From(e, ErrorCategory.InvalidData));
            }
        }
    }
}
