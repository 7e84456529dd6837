using System.Management.Automation;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat.Commands
{
    /// <summary>ConvertFrom-...JsonToPatOwner, in every SDK generation's name (Generations.cs): parses JSON owners with the native parser.</summary>
    public abstract class ConvertFromOwnerCommand : JsonInputCommand
    {
        /// <inheritdoc/>
        protected override void Read(string json)
        {
            using var owner = PatOwner.Parse(json, Strict.IsPresent);
            WriteObject(new V2024PatOwner { type = owner.Type, id = owner.Id, name = owner.Name });
        }
    }
}
