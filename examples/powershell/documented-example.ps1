<#
.SYNOPSIS
    The documentation's example of Initialize-V2024CreatePersonalAccessTokenResponse,
    made runnable, against the built IscPat module.
.DESCRIPTION
    Prints the canonical compact JSON (ConvertTo-V2024Json -Compress, written by
    the native library) and what the built-in ConvertTo-Json prints for the
    same object. Run with `make example-powershell`, or:
        dotnet pwsh -NoProfile -File examples/powershell/documented-example.ps1
#>
param(
    [string] $ModulePath = (Join-Path $PSScriptRoot '../../out/powershell/IscPat/IscPat.psd1')
)

$ErrorActionPreference = 'Stop'
Import-Module $ModulePath

# As documented, with the name quoted, the scopes as a PowerShell array and
# the owner from the spec's PatOwner example instead of `-Owner null`.
$CreatePersonalAccessTokenResponse = Initialize-PSSailpoint.V2024CreatePersonalAccessTokenResponse -Id 86f1dc6fe8f54414950454cbb11278fa `
 -Secret 1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9 `
 -Scope 'demo:personal-access-token-scope:first', 'demo:personal-access-token-scope:second' `
 -Name 'NodeJS Integration' `
 -Owner (Initialize-V2024PatOwner -Type IDENTITY -Id 2c9180a46faadee4016fb4e018c20639 -Name Support) `
 -Created 2017-07-11T18:45:37.098Z `
 -AccessTokenValiditySeconds 36900

Write-Host '# Canonical JSON (ConvertTo-V2024Json -Compress):'
$CreatePersonalAccessTokenResponse | ConvertTo-V2024Json -Compress

Write-Host '# Built-in ConvertTo-JSON, as the documentation runs it:'
$CreatePersonalAccessTokenResponse | ConvertTo-JSON

Write-Host '# Default display (secret masked):'
$CreatePersonalAccessTokenResponse | Out-String
