#
# Module manifest for IscPat. powershell/build/Build-Module.ps1 copies it into
# out/powershell/IscPat/ and replaces the ModuleVersion placeholder with the
# version in Cargo.toml.
#
@{
    RootModule           = 'IscPat.dll'
    ModuleVersion        = '@MODULE_VERSION@'
    CompatiblePSEditions = @('Core')
    PowerShellVersion    = '7.4'
    GUID                 = '5d8f1f55-0b5e-4c1e-9a43-7c2f6f0a9e61'
    Author               = 'isc-pat contributors'
    CompanyName          = 'isc-pat contributors'
    Copyright            = '(c) isc-pat contributors. MIT License.'
    Description          = 'Native, validated Identity Security Cloud API CreatePersonalAccessTokenResponse and PatOwner objects, under the command names of every SailPoint PowerShell SDK generation (1.x V3, Beta, V2024, V2025, V2026; 2.x PersonalAccessTokens): create, parse and serialize them through the isc_pat native library, included for linux-x64, linux-arm64 and win-x64 (Windows 10 or later).'

    # IscPat.Format.ps1xml (and the type data) is loaded by the first command
    # that outputs an object, not here: format data would cost every import
    # about 80 ms.
    #
    # Users call the commands by the SDK's names, which are aliases: an alias
    # runs before a function of the same name, so the SDK's model functions
    # do not hide them in whichever order the modules are imported. Each
    # alias names a cmdlet no other module defines (Initialize-IscPat...).

    CmdletsToExport      = @(
        'Initialize-IscPatCreatePersonalAccessTokenResponse'
        'Initialize-IscPatPatOwner'
        'ConvertFrom-IscPatJsonToCreatePersonalAccessTokenResponse'
        'ConvertFrom-IscPatJsonToPatOwner'
        'Initialize-IscPatBetaCreatePersonalAccessTokenResponse'
        'Initialize-IscPatBetaPatOwner'
        'ConvertFrom-IscPatBetaJsonToCreatePersonalAccessTokenResponse'
        'ConvertFrom-IscPatBetaJsonToPatOwner'
        'Initialize-IscPatV2024CreatePersonalAccessTokenResponse'
        'Initialize-IscPatV2024PatOwner'
        'ConvertFrom-IscPatV2024JsonToCreatePersonalAccessTokenResponse'
        'ConvertFrom-IscPatV2024JsonToPatOwner'
        'Initialize-IscPatV2025CreatePersonalAccessTokenResponse'
        'Initialize-IscPatV2025PatOwner'
        'ConvertFrom-IscPatV2025JsonToCreatePersonalAccessTokenResponse'
        'ConvertFrom-IscPatV2025JsonToPatOwner'
        'Initialize-IscPatV2026CreatePersonalAccessTokenResponse'
        'Initialize-IscPatV2026PatOwner'
        'ConvertFrom-IscPatV2026JsonToCreatePersonalAccessTokenResponse'
        'ConvertFrom-IscPatV2026JsonToPatOwner'
        'ConvertTo-IscPatJson'
        'ConvertTo-IscPatCredential'
    )
    AliasesToExport      = @(
        'Initialize-CreatePersonalAccessTokenResponse'
        'Initialize-PatOwner'
        'ConvertFrom-JsonToCreatePersonalAccessTokenResponse'
        'ConvertFrom-JsonToPatOwner'
        'Initialize-BetaCreatePersonalAccessTokenResponse'
        'Initialize-BetaPatOwner'
        'ConvertFrom-BetaJsonToCreatePersonalAccessTokenResponse'
        'ConvertFrom-BetaJsonToPatOwner'
        'Initialize-V2024CreatePersonalAccessTokenResponse'
        'Initialize-V2024PatOwner'
        'ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse'
        'ConvertFrom-V2024JsonToPatOwner'
        'Initialize-V2025CreatePersonalAccessTokenResponse'
        'Initialize-V2025PatOwner'
        'ConvertFrom-V2025JsonToCreatePersonalAccessTokenResponse'
        'ConvertFrom-V2025JsonToPatOwner'
        'Initialize-V2026CreatePersonalAccessTokenResponse'
        'Initialize-V2026PatOwner'
        'ConvertFrom-V2026JsonToCreatePersonalAccessTokenResponse'
        'ConvertFrom-V2026JsonToPatOwner'
        'Initialize-PSSailpoint.V2024CreatePersonalAccessTokenResponse'
        'Initialize-PSSailpoint.V2024PatOwner'
        'ConvertTo-BetaJson'
        'ConvertTo-V2024Json'
        'ConvertTo-V2025Json'
        'ConvertTo-V2026Json'
        'ConvertTo-PatCredential'
        'ConvertTo-BetaPatCredential'
        'ConvertTo-V2024PatCredential'
        'ConvertTo-V2025PatCredential'
        'ConvertTo-V2026PatCredential'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()

    PrivateData          = @{
        PSData = @{
            Tags         = @('IdentitySecurityCloud', 'SailPoint', 'PersonalAccessToken', 'PSEdition_Core', 'Windows', 'Linux')
            LicenseUri   = 'https://opensource.org/licenses/MIT'
            # ProjectUri: none yet; the project has no public home page to name.
            ReleaseNotes = 'The changes of each version are listed in CHANGELOG.md (in the module package and the isc-pat sources).'
        }
    }
}
