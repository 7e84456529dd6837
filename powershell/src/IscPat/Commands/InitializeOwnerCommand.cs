using System;
using System.Management.Automation;
using IdentitySecurityCloud.PersonalAccessTokens;
using IscPat.Model;

namespace IscPat.Commands
{
    /// <summary>Initialize-...PatOwner, in every SDK generation's name (Generations.cs): a validated owner object.</summary>
    public abstract class InitializeOwnerCommand : PSCmdlet
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
                // Validated by the native library, which stores text unchanged: the object holds the values given.
                PatOwner.Create(type, Id, Name).Dispose();
                WriteObject(new V2024PatOwner { type = type, id = Id, name = Name });
            }
            catch (Exception e) when (PatErrors.Record(e, ErrorCategory.InvalidArgument, null, null, null) is ErrorRecord record)
            {
                WriteError(record);
            }
        }
    }
}
