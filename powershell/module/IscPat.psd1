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
    Description          = 'Native, validated Identity Security Cloud API (V2024) CreatePersonalAccessTokenResponse and PatOwner objects: create, parse and serialize them through the isc_pat native library, included for linux-x64, linux-arm64 and win-x64 (Windows 10 or later).'

    # IscPat.Format.ps1xml is loaded by the first command that outputs an
    # object, not here: format data would cost every import about 80 ms.

    CmdletsToExport      = @(
        'Initialize-V2024CreatePersonalAccessTokenResponse'
        'Initialize-V2024PatOwner'
        'ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse'
        'ConvertFrom-V2024JsonToPatOwner'
        'ConvertTo-V2024Json'
        'ConvertTo-V2024PatCredential'
    )
    AliasesToExport      = @(
        'Initialize-PSSailpoint.V2024CreatePersonalAccessTokenResponse'
        'Initialize-PSSailpoint.V2024PatOwner'
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
