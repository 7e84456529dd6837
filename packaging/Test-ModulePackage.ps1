<#
.SYNOPSIS
    Proves the IscPat module package installs and works the way PowerShell
    users get modules: from a repository, with Install-PSResource.
.DESCRIPTION
    Every step runs in a fresh `dotnet pwsh -NoProfile` whose HOME is a
    temporary folder (XDG_DATA_HOME and PSModulePath unset), so its
    CurrentUser module folder and PSResourceGet repository list are
    temporary too; the user's real ones are checked to be unchanged.
      1. control: IscPat cannot be found before the install;
      2. -Repository (the folder with IscPat.<version>.nupkg) is registered as
         a trusted local repository; Find-PSResource sees the version;
         Install-PSResource -Scope CurrentUser installs it; the repository is
         unregistered;
      3. a new session imports IscPat BY NAME (default module path), runs the
         documented example and prints its canonical JSON, which must equal
         packaging/expected/documented-example.json;
      4. the temporary folder is removed.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Repository,
    [Parameter(Mandatory)] [string] $Version
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$repo = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
$Repository = (Resolve-Path $Repository).Path
$expected = (Get-Content -Raw (Join-Path $repo 'packaging/expected/documented-example.json')).TrimEnd()

# Where the module would go without the isolation below: it must not change.
$realDataHome = if ($env:XDG_DATA_HOME) { $env:XDG_DATA_HOME } else { Join-Path $HOME '.local/share' }
$realModule = Join-Path $realDataHome 'powershell/Modules/IscPat'
$realRepositories = Join-Path $realDataHome 'PSResourceGet/PSResourceRepository.xml'
function Get-RealState {
    $repositories = if (Test-Path $realRepositories) { Get-Content -Raw $realRepositories } else { '' }
    "module=$(Test-Path $realModule);repositories=$repositories"
}
$realBefore = Get-RealState

$temp = Join-Path ([System.IO.Path]::GetTempPath()) "isc-pat-ps-package-$([guid]::NewGuid().ToString('n'))"
$tempHome = Join-Path $temp 'home'
$null = New-Item -ItemType Directory -Force $tempHome
$modules = Join-Path $tempHome '.local/share/powershell/Modules'
# The pinned pwsh tool lives in the machine's NuGet package folder, which
# the temporary HOME would otherwise hide.
$nugetPackages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else {
    ((& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', '').Trim()
}
if (-not (Test-Path (Join-Path $nugetPackages 'powershell'))) { throw "no pwsh tool package under $nugetPackages" }
# Inherited by every child process from here on.
$env:HOME = $tempHome
$env:DOTNET_CLI_HOME = $tempHome
$env:NUGET_PACKAGES = $nugetPackages
$env:DOTNET_NOLOGO = '1'
Remove-Item Env:XDG_DATA_HOME, Env:PSModulePath -ErrorAction SilentlyContinue
Push-Location $repo
try {
    $restore = & dotnet tool restore 2>&1
    if ($LASTEXITCODE -ne 0) { throw "dotnet tool restore under the temporary HOME failed:`n$($restore -join "`n")" }
} finally {
    Pop-Location
}

function Invoke-FreshPwsh([string] $Script) {
    $file = Join-Path $temp "step-$([guid]::NewGuid().ToString('n')).ps1"
    Set-Content -Path $file -Value $Script
    # `dotnet pwsh` finds the pinned local tool from the repository root.
    Push-Location $repo
    try {
        $output = & dotnet pwsh -NoProfile -NonInteractive -File $file 2>&1
        $code = $LASTEXITCODE
    } finally {
        Pop-Location
    }
    [pscustomobject]@{ Code = $code; Lines = @($output | ForEach-Object { "$_" }) }
}

$name = "IscPatTest$([guid]::NewGuid().ToString('n'))"
try {
    # 1. Control: before the install, nothing named IscPat is available.
    $before = Invoke-FreshPwsh '@(Get-Module -ListAvailable IscPat).Count'
    if ($before.Code -ne 0 -or $before.Lines[-1] -ne '0') {
        throw "IscPat is already available before the install: $($before.Lines -join "`n")"
    }

    # 2. Register, find, install, unregister.
    $install = Invoke-FreshPwsh @"
`$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name '$name' -Uri '$Repository' -Trusted
try {
    `$found = Find-PSResource -Name IscPat -Repository '$name'
    Write-Output "found=`$(`$found.Version)"
    Install-PSResource -Name IscPat -Version '$Version' -Repository '$name' -TrustRepository -Scope CurrentUser -Quiet
} finally {
    Unregister-PSResourceRepository -Name '$name'
}
"@
    if ($install.Code -ne 0) { throw "Register/Find/Install-PSResource failed:`n$($install.Lines -join "`n")" }
    if ($install.Lines -notcontains "found=$Version") { throw "Find-PSResource did not find IscPat $Version`n$($install.Lines -join "`n")" }
    $store = Join-Path $tempHome '.local/share/PSResourceGet/PSResourceRepository.xml'
    if (-not (Test-Path $store)) { throw "the temporary repository was not registered under $tempHome" }
    if ((Get-Content -Raw $store) -match $name) { throw "repository $name is still registered" }
    $installed = Join-Path $modules "IscPat/$Version"
    foreach ($file in 'IscPat.psd1', 'IscPat.dll', 'IdentitySecurityCloud.PersonalAccessTokens.dll',
        'IscPat.Format.ps1xml', 'en-US/IscPat.dll-Help.xml', 'linux-x64/libisc_pat.so', 'linux-arm64/libisc_pat.so',
        'win-x64/isc_pat.dll', 'LICENSE') {
        if (-not (Test-Path (Join-Path $installed $file))) { throw "installed module lacks $file (in $installed)" }
    }
    Write-Host "ok: Install-PSResource -Name IscPat -Version $Version -Scope CurrentUser -> $installed"

    # 3. A fresh session imports it by name and runs the documented example.
    $use = Invoke-FreshPwsh @'
$ErrorActionPreference = 'Stop'
Import-Module IscPat
$m = Get-Module IscPat
Write-Output "base=$($m.ModuleBase)"
Write-Output "version=$($m.Version)"
$synopsis = (Get-Help Initialize-V2024CreatePersonalAccessTokenResponse).Synopsis
Write-Output "help=$([bool]($synopsis -and $synopsis -notmatch '^\s*Initialize-V2024CreatePersonalAccessTokenResponse'))"
$r = Initialize-PSSailpoint.V2024CreatePersonalAccessTokenResponse -Id 86f1dc6fe8f54414950454cbb11278fa `
 -Secret 1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9 `
 -Scope 'demo:personal-access-token-scope:first', 'demo:personal-access-token-scope:second' `
 -Name 'NodeJS Integration' `
 -Owner (Initialize-V2024PatOwner -Type IDENTITY -Id 2c9180a46faadee4016fb4e018c20639 -Name Support) `
 -Created 2017-07-11T18:45:37.098Z `
 -AccessTokenValiditySeconds 36900
Write-Output "masked=$(-not (($r | Out-String) -match '1d1bef2b9f42'))"
Write-Output "json=$($r | ConvertTo-V2024Json -Compress)"
'@
    if ($use.Code -ne 0) { throw "the documented example failed in a fresh session:`n$($use.Lines -join "`n")" }
    $values = @{}
    foreach ($line in $use.Lines) { if ($line -match '^(\w+)=(.*)$') { $values[$Matches[1]] = $Matches[2] } }
    if ($values['base'] -ne $installed) { throw "Import-Module IscPat loaded '$($values['base'])', not the installed $installed" }
    if ($values['version'] -ne $Version) { throw "Import-Module IscPat loaded version $($values['version']), expected $Version" }
    if ($values['help'] -ne 'True') { throw 'the installed module shows no help synopsis' }
    if ($values['masked'] -ne 'True') { throw 'the default display shows the secret' }
    if ($values['json'] -cne $expected) { throw "the documented example printed`n$($values['json'])`nexpected`n$expected" }
    Write-Host "ok: Import-Module IscPat (by name, new session, default module path); documented example -> canonical JSON"
} finally {
    Remove-Item -Recurse -Force $temp -ErrorAction SilentlyContinue
}

if ((Get-RealState) -cne $realBefore) {
    throw "the user's module folder or repository list changed ($realModule, $realRepositories)"
}
Write-Host "ok: repository unregistered; user's module path and repository list untouched"
