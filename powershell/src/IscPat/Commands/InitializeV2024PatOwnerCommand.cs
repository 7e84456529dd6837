using System.Collections.Generic;
using System.Management.Automation;
using IdentitySecurityCloud.PersonalAccessTokens;
using IscPat.Model;

namespace IscPat.Commands
{
    /// <summary>Initialize-V2024PatOwner: a validated PatOwner object.</summary>
    [Cmdlet(VerbsData.Initialize, "V2024PatOwner")]
    [Alias("Initialize-PSSailpoint.V2024PatOwner")]
    [OutputType(PatObjects.OwnerTypeName)]
    public sealed class InitializeV2024PatOwnerCommand : PSCmdlet
    {
        /// <summary>The owner type; the API defines only IDENTITY.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet(PatOwner.IdentityType, IgnoreCase = true)]
        public string Type { get; set; } = PatOwner.IdentityType;

        /// <summary>The owner's identity id; must not be empty.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Id { get; set; } = string.Empty;

        /// <summary>The owner's display name.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Name { get; set; } = string.Empty;

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            string type = Type.ToUpperInvariant();
            var fields = PropertyBag.FromValues(new Dictionary<string, object?>
            {
                ["type"] = type,
                ["id"] = Id,
                ["name"] = Name,
            });
            try
            {
                using PatOwner owner = InputJson.ParseOwner(fields);
                // Validated text is stored unchanged: no need to read it back.
                WriteObject(PatObjects.FromOwner(type, Id, Name));
            }
            catch (PatException e)
            {
                ThrowTerminatingError(PatErrors.From(e, ErrorCategory.InvalidArgument));
            }
        }
    }
}
