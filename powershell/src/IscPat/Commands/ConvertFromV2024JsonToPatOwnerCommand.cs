using System.Management.Automation;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat.Commands
{
    /// <summary>ConvertFrom-V2024JsonToPatOwner: parses JSON owners with the native parser.</summary>
    [Cmdlet(VerbsData.ConvertFrom, "V2024JsonToPatOwner")]
    [OutputType(typeof(V2024PatOwner))]
    public sealed class ConvertFromV2024JsonToPatOwnerCommand : JsonInputCommand
    {
        /// <inheritdoc/>
        protected override void Read(string json)
        {
            WriteObject(new V2024PatOwner(PatOwner.Parse(json, Strict.IsPresent)));
        }
    }
}
