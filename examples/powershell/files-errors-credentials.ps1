<#
.SYNOPSIS
    Tokens from a file, invalid items among them, and a token as a
    [pscredential], against the built IscPat module.
.DESCRIPTION
    Writes three tokens to an indented JSON file, reads it back line by line
    (Get-Content without -Raw), reads a JSON Lines text whose second line is
    refused (a non-terminating error: the other lines are still read, the
    error lands in -ErrorVariable), edits a token (validated again when it is
    written), and gives a token as a [pscredential]. Run with:
        dotnet pwsh -NoProfile -File examples/powershell/files-errors-credentials.ps1
#>
param(
    [string] $ModulePath = (Join-Path $PSScriptRoot '../../out/powershell/IscPat/IscPat.psd1')
)

$ErrorActionPreference = 'Stop'
Import-Module $ModulePath

$owner = Initialize-V2024PatOwner -Id 2c9180a46faadee4016fb4e018c20639 -Name Support
$tokens = foreach ($i in 1..3) {
    Initialize-V2024CreatePersonalAccessTokenResponse -Id ('{0:x32}' -f $i) `
        -Secret (ConvertTo-SecureString "secret-$i" -AsPlainText -Force) -Name "Token $i" -Owner $owner `
        -Created '2017-07-11T18:45:37.098Z' -ExpirationDate '2018-07-11T18:45:37.098Z'
}

$file = Join-Path ([System.IO.Path]::GetTempPath()) "iscpat-example-$PID.json"
try {
    $tokens | ConvertTo-V2024Json | Set-Content -LiteralPath $file -Encoding utf8NoBOM
    $back = Get-Content -LiteralPath $file | ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Strict
    Write-Host "# Read back from an indented file, line by line: $(@($back).Count) tokens"
} finally {
    Remove-Item -LiteralPath $file -ErrorAction Ignore
}

$lines = ($tokens | ForEach-Object { $_ | ConvertTo-V2024Json -Compress })
$lines[1] = $lines[1].Replace('"IDENTITY"', '"identity"')
$read = $lines | ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -ErrorAction SilentlyContinue -ErrorVariable refused
Write-Host "# JSON Lines: $(@($read).Count) read, $($refused.Count) refused: $($refused[0].FullyQualifiedErrorId)"
Write-Host "#   $($refused[0].Exception.GetType().Name) Code=$($refused[0].Exception.Code) Field=$($refused[0].Exception.Field)"

$edited = $back[0]
$edited.name = ''
$null = $edited | ConvertTo-V2024Json -ErrorAction SilentlyContinue -ErrorVariable invalid
Write-Host "# An edited token is validated again: $($invalid[0].Exception.Message)"

$credential = $back[2] | ConvertTo-V2024PatCredential
Write-Host "# As a [pscredential]: UserName=$($credential.UserName), Password is a $($credential.Password.GetType().Name)"
