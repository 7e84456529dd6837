// The floor of the per-object bench: three compiled cmdlets that bind the
// same parameters as Initialize-V2024PatOwner,
// Initialize-V2024CreatePersonalAccessTokenResponse and ConvertTo-IscPatJson
// (names, types, parameter sets, attributes, the text-to-[securestring]
// transformation of -Secret) and do nothing else. Compiled by Invoke-Bench.ps1
// with Add-Type; what PowerShell charges for three command invocations.
using System.Collections;
using System.Management.Automation;
using System.Security;

namespace IscPatBenchFloor
{
    public sealed class FloorSecureStringAttribute : ArgumentTransformationAttribute
    {
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            object value = inputData is PSObject ps ? ps.BaseObject : inputData;
            if (value is string text)
            {
                // As IscPat makes it: one copy through NetworkCredential.
                SecureString secure = new System.Net.NetworkCredential(string.Empty, text).SecurePassword;
                secure.MakeReadOnly();
                return secure;
            }
            return inputData;
        }
    }

    [Cmdlet(VerbsData.Initialize, "FloorPatOwner")]
    public sealed class InitializeFloorPatOwnerCommand : PSCmdlet
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("IDENTITY", IgnoreCase = true)]
        public string Type { get; set; } = "IDENTITY";

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Id { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Name { get; set; } = string.Empty;

        protected override void ProcessRecord() => WriteObject(null);
    }

    [Cmdlet(VerbsData.Initialize, "FloorCreatePersonalAccessTokenResponse", DefaultParameterSetName = "Dictionary")]
    public sealed class InitializeFloorResponseCommand : PSCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = "Dictionary")]
        public IDictionary InputObject { get; set; }

        [Parameter(ValueFromPipeline = true, ParameterSetName = "Properties", DontShow = true)]
        public object PipelineObject { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = "Properties")]
        [AllowEmptyString]
        public string Id { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = "Properties")]
        [AllowNull]
        [Alias("secureSecret")]
        [FloorSecureString]
        public SecureString Secret { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = "Properties")]
        [AllowNull]
        [AllowEmptyCollection]
        public string[] Scope { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = "Properties")]
        [AllowEmptyString]
        public string Name { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = "Properties")]
        [AllowNull]
        public object Owner { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = "Properties")]
        [AllowNull]
        public object Created { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = "Properties")]
        [AllowNull]
        public object AccessTokenValiditySeconds { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = "Properties")]
        [AllowNull]
        public object ExpirationDate { get; set; }

        protected override void ProcessRecord() => WriteObject(null);
    }

    [Cmdlet(VerbsData.ConvertTo, "FloorJson")]
    public sealed class ConvertToFloorJsonCommand : PSCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [AllowNull]
        public object InputObject { get; set; }

        [Parameter]
        public SwitchParameter Compress { get; set; }

        [Parameter]
        public SwitchParameter AsArray { get; set; }

        protected override void EndProcessing() => WriteObject(string.Empty);
    }
}
