using System.Management.Automation;
using IdentitySecurityCloud.PersonalAccessTokens;
using IscPat.Model;

namespace IscPat.Commands
{
    /// <summary>Initialize-V2024PatOwner: a validated PatOwner object.</summary>
    [Cmdlet(VerbsData.Initialize, "V2024PatOwner")]
    [Alias("Initialize-PSSailpoint.V2024PatOwner")]
    [OutputType(typeof(V2024PatOwner))]
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
        protected override void BeginProcessing() => FormatViews.EnsureLoaded(this);

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            // -Type is validated case-insensitively, as parameters are; the model's spelling is upper case.
            string type = Type == PatOwner.IdentityType ? Type : Type.ToUpperInvariant();
            try
            {
                // The native side stores validated text unchanged: the object starts with the values given.
                WriteObject(new V2024PatOwner(PatOwner.Create(type, Id, Name), type, Id, Name));
            }
            catch (PatException e)
            {
                WriteError(PatErrors.From(e, ErrorCategory.InvalidArgument));
            }
        }
    }
}
