using System.Management.Automation;

namespace IscPat.Commands
{
    // The model's four commands in the names of each SDK generation. Each is
    // a cmdlet of its own, so that each has help in its generation's names;
    // users call it by the SDK's name, an alias: PowerShell runs an alias
    // before a function of the same name, so the SDK's model functions do
    // not hide IscPat's whichever module is imported last. The cmdlet's own
    // name (Initialize-IscPat...) is one no other module defines, so the
    // alias always finds it.

    /// <summary>Initialize-CreatePersonalAccessTokenResponse of the SDK 1.x PSSailpoint.V3 and SDK 2.x PSSailpoint.PersonalAccessTokens.</summary>
    [Cmdlet(VerbsData.Initialize, "IscPatCreatePersonalAccessTokenResponse", DefaultParameterSetName = InitializeResponseCommand.Dictionary)]
    [OutputType(typeof(V2024CreatePersonalAccessTokenResponse))]
    [Alias("Initialize-CreatePersonalAccessTokenResponse")]
    public sealed class InitializeIscPatCreatePersonalAccessTokenResponseCommand : InitializeResponseCommand
    {
    }

    /// <summary>Initialize-PatOwner of the SDK 1.x PSSailpoint.V3 and SDK 2.x PSSailpoint.PersonalAccessTokens.</summary>
    [Cmdlet(VerbsData.Initialize, "IscPatPatOwner")]
    [OutputType(typeof(V2024PatOwner))]
    [Alias("Initialize-PatOwner")]
    public sealed class InitializeIscPatPatOwnerCommand : InitializeOwnerCommand
    {
    }

    /// <summary>ConvertFrom-JsonToCreatePersonalAccessTokenResponse of the SDK 1.x PSSailpoint.V3 and SDK 2.x PSSailpoint.PersonalAccessTokens.</summary>
    [Cmdlet(VerbsData.ConvertFrom, "IscPatJsonToCreatePersonalAccessTokenResponse")]
    [OutputType(typeof(V2024CreatePersonalAccessTokenResponse))]
    [Alias("ConvertFrom-JsonToCreatePersonalAccessTokenResponse")]
    public sealed class ConvertFromIscPatJsonToCreatePersonalAccessTokenResponseCommand : ConvertFromResponseCommand
    {
    }

    /// <summary>ConvertFrom-JsonToPatOwner of the SDK 1.x PSSailpoint.V3 and SDK 2.x PSSailpoint.PersonalAccessTokens.</summary>
    [Cmdlet(VerbsData.ConvertFrom, "IscPatJsonToPatOwner")]
    [OutputType(typeof(V2024PatOwner))]
    [Alias("ConvertFrom-JsonToPatOwner")]
    public sealed class ConvertFromIscPatJsonToPatOwnerCommand : ConvertFromOwnerCommand
    {
    }

    /// <summary>Initialize-BetaCreatePersonalAccessTokenResponse of the SDK 1.x PSSailpoint.Beta.</summary>
    [Cmdlet(VerbsData.Initialize, "IscPatBetaCreatePersonalAccessTokenResponse", DefaultParameterSetName = InitializeResponseCommand.Dictionary)]
    [OutputType(typeof(V2024CreatePersonalAccessTokenResponse))]
    [Alias("Initialize-BetaCreatePersonalAccessTokenResponse")]
    public sealed class InitializeIscPatBetaCreatePersonalAccessTokenResponseCommand : InitializeResponseCommand
    {
    }

    /// <summary>Initialize-BetaPatOwner of the SDK 1.x PSSailpoint.Beta.</summary>
    [Cmdlet(VerbsData.Initialize, "IscPatBetaPatOwner")]
    [OutputType(typeof(V2024PatOwner))]
    [Alias("Initialize-BetaPatOwner")]
    public sealed class InitializeIscPatBetaPatOwnerCommand : InitializeOwnerCommand
    {
    }

    /// <summary>ConvertFrom-BetaJsonToCreatePersonalAccessTokenResponse of the SDK 1.x PSSailpoint.Beta.</summary>
    [Cmdlet(VerbsData.ConvertFrom, "IscPatBetaJsonToCreatePersonalAccessTokenResponse")]
    [OutputType(typeof(V2024CreatePersonalAccessTokenResponse))]
    [Alias("ConvertFrom-BetaJsonToCreatePersonalAccessTokenResponse")]
    public sealed class ConvertFromIscPatBetaJsonToCreatePersonalAccessTokenResponseCommand : ConvertFromResponseCommand
    {
    }

    /// <summary>ConvertFrom-BetaJsonToPatOwner of the SDK 1.x PSSailpoint.Beta.</summary>
    [Cmdlet(VerbsData.ConvertFrom, "IscPatBetaJsonToPatOwner")]
    [OutputType(typeof(V2024PatOwner))]
    [Alias("ConvertFrom-BetaJsonToPatOwner")]
    public sealed class ConvertFromIscPatBetaJsonToPatOwnerCommand : ConvertFromOwnerCommand
    {
    }

    /// <summary>Initialize-V2024CreatePersonalAccessTokenResponse of the SDK 1.x PSSailpoint.V2024.</summary>
    [Cmdlet(VerbsData.Initialize, "IscPatV2024CreatePersonalAccessTokenResponse", DefaultParameterSetName = InitializeResponseCommand.Dictionary)]
    [OutputType(typeof(V2024CreatePersonalAccessTokenResponse))]
    [Alias("Initialize-V2024CreatePersonalAccessTokenResponse", "Initialize-PSSailpoint.V2024CreatePersonalAccessTokenResponse")]
    public sealed class InitializeIscPatV2024CreatePersonalAccessTokenResponseCommand : InitializeResponseCommand
    {
    }

    /// <summary>Initialize-V2024PatOwner of the SDK 1.x PSSailpoint.V2024.</summary>
    [Cmdlet(VerbsData.Initialize, "IscPatV2024PatOwner")]
    [OutputType(typeof(V2024PatOwner))]
    [Alias("Initialize-V2024PatOwner", "Initialize-PSSailpoint.V2024PatOwner")]
    public sealed class InitializeIscPatV2024PatOwnerCommand : InitializeOwnerCommand
    {
    }

    /// <summary>ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse of the SDK 1.x PSSailpoint.V2024.</summary>
    [Cmdlet(VerbsData.ConvertFrom, "IscPatV2024JsonToCreatePersonalAccessTokenResponse")]
    [OutputType(typeof(V2024CreatePersonalAccessTokenResponse))]
    [Alias("ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse")]
    public sealed class ConvertFromIscPatV2024JsonToCreatePersonalAccessTokenResponseCommand : ConvertFromResponseCommand
    {
    }

    /// <summary>ConvertFrom-V2024JsonToPatOwner of the SDK 1.x PSSailpoint.V2024.</summary>
    [Cmdlet(VerbsData.ConvertFrom, "IscPatV2024JsonToPatOwner")]
    [OutputType(typeof(V2024PatOwner))]
    [Alias("ConvertFrom-V2024JsonToPatOwner")]
    public sealed class ConvertFromIscPatV2024JsonToPatOwnerCommand : ConvertFromOwnerCommand
    {
    }

    /// <summary>Initialize-V2025CreatePersonalAccessTokenResponse of the SDK 1.x PSSailpoint.V2025.</summary>
    [Cmdlet(VerbsData.Initialize, "IscPatV2025CreatePersonalAccessTokenResponse", DefaultParameterSetName = InitializeResponseCommand.Dictionary)]
    [OutputType(typeof(V2024CreatePersonalAccessTokenResponse))]
    [Alias("Initialize-V2025CreatePersonalAccessTokenResponse")]
    public sealed class InitializeIscPatV2025CreatePersonalAccessTokenResponseCommand : InitializeResponseCommand
    {
    }

    /// <summary>Initialize-V2025PatOwner of the SDK 1.x PSSailpoint.V2025.</summary>
    [Cmdlet(VerbsData.Initialize, "IscPatV2025PatOwner")]
    [OutputType(typeof(V2024PatOwner))]
    [Alias("Initialize-V2025PatOwner")]
    public sealed class InitializeIscPatV2025PatOwnerCommand : InitializeOwnerCommand
    {
    }

    /// <summary>ConvertFrom-V2025JsonToCreatePersonalAccessTokenResponse of the SDK 1.x PSSailpoint.V2025.</summary>
    [Cmdlet(VerbsData.ConvertFrom, "IscPatV2025JsonToCreatePersonalAccessTokenResponse")]
    [OutputType(typeof(V2024CreatePersonalAccessTokenResponse))]
    [Alias("ConvertFrom-V2025JsonToCreatePersonalAccessTokenResponse")]
    public sealed class ConvertFromIscPatV2025JsonToCreatePersonalAccessTokenResponseCommand : ConvertFromResponseCommand
    {
    }

    /// <summary>ConvertFrom-V2025JsonToPatOwner of the SDK 1.x PSSailpoint.V2025.</summary>
    [Cmdlet(VerbsData.ConvertFrom, "IscPatV2025JsonToPatOwner")]
    [OutputType(typeof(V2024PatOwner))]
    [Alias("ConvertFrom-V2025JsonToPatOwner")]
    public sealed class ConvertFromIscPatV2025JsonToPatOwnerCommand : ConvertFromOwnerCommand
    {
    }

    /// <summary>Initialize-V2026CreatePersonalAccessTokenResponse of the SDK 1.x PSSailpoint.V2026.</summary>
    [Cmdlet(VerbsData.Initialize, "IscPatV2026CreatePersonalAccessTokenResponse", DefaultParameterSetName = InitializeResponseCommand.Dictionary)]
    [OutputType(typeof(V2024CreatePersonalAccessTokenResponse))]
    [Alias("Initialize-V2026CreatePersonalAccessTokenResponse")]
    public sealed class InitializeIscPatV2026CreatePersonalAccessTokenResponseCommand : InitializeResponseCommand
    {
    }

    /// <summary>Initialize-V2026PatOwner of the SDK 1.x PSSailpoint.V2026.</summary>
    [Cmdlet(VerbsData.Initialize, "IscPatV2026PatOwner")]
    [OutputType(typeof(V2024PatOwner))]
    [Alias("Initialize-V2026PatOwner")]
    public sealed class InitializeIscPatV2026PatOwnerCommand : InitializeOwnerCommand
    {
    }

    /// <summary>ConvertFrom-V2026JsonToCreatePersonalAccessTokenResponse of the SDK 1.x PSSailpoint.V2026.</summary>
    [Cmdlet(VerbsData.ConvertFrom, "IscPatV2026JsonToCreatePersonalAccessTokenResponse")]
    [OutputType(typeof(V2024CreatePersonalAccessTokenResponse))]
    [Alias("ConvertFrom-V2026JsonToCreatePersonalAccessTokenResponse")]
    public sealed class ConvertFromIscPatV2026JsonToCreatePersonalAccessTokenResponseCommand : ConvertFromResponseCommand
    {
    }

    /// <summary>ConvertFrom-V2026JsonToPatOwner of the SDK 1.x PSSailpoint.V2026.</summary>
    [Cmdlet(VerbsData.ConvertFrom, "IscPatV2026JsonToPatOwner")]
    [OutputType(typeof(V2024PatOwner))]
    [Alias("ConvertFrom-V2026JsonToPatOwner")]
    public sealed class ConvertFromIscPatV2026JsonToPatOwnerCommand : ConvertFromOwnerCommand
    {
    }
}
