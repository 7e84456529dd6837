<#
.SYNOPSIS
    Builds the IscPat cmdlets and assembles an importable module folder.
.DESCRIPTION
    Compiles powershell/src/IscPat (and, through its project reference, the
    .NET binding), then lays out the module:

        <OutputPath>/IscPat.psd1                 manifest, ModuleVersion from Cargo.toml
        <OutputPath>/IscPat.dll                  the cmdlets
        <OutputPath>/IdentitySecurityCloud.PersonalAccessTokens.dll
        <OutputPath>/IscPat.Format.ps1xml        display views (secret masked)
        <OutputPath>/en-US/IscPat.dll-Help.xml   MAML help, generated from powershell/help
        <OutputPath>/en-US/about_IscPat.help.txt the about topic
        <OutputPath>/<rid>/<native library>      e.g. linux-x64/libisc_pat.so

    The binding's resolver finds the native library in <module>/<rid>/. The
    host's library comes from target/release (built by `make native`), those
    of other runtime ids from target/runtimes/<rid>/native/ (`make native-all`:
    win-x64, linux-arm64); -NativeLibrary names others, e.g.
    @{ 'win-x64' = 'C:/build/isc_pat.dll'; 'osx-arm64' = '/build/libisc_pat.dylib' }.
#>
[CmdletBinding()]
param(
    [string] $Configuration = 'Release',
    [string] $OutputPath,
    [hashtable] $NativeLibrary = @{}
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$repo = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
if (-not $OutputPath) { $OutputPath = Join-Path $repo 'out/powershell/IscPat' }
$project = Join-Path $repo 'powershell/src/IscPat/IscPat.csproj'

# The module version is the crate's version.
$cargo = Get-Content -Raw (Join-Path $repo 'Cargo.toml')
if ($cargo -notmatch '(?ms)^\[package\].*?^version\s*=\s*"([^"]+)"') {
    throw "no [package] version in Cargo.toml"
}
$version = $Matches[1]

# The native library of the machine this runs on, under its runtime id.
$os = if ($IsWindows) { 'win' } elseif ($IsMacOS) { 'osx' } else { 'linux' }
$arch = [System.Runtime.InteropServices.RuntimeInformation]::ProcessArchitecture.ToString().ToLowerInvariant()
$hostRid = "$os-$arch"
$nativeName = @{ win = 'isc_pat.dll'; osx = 'libisc_pat.dylib'; linux = 'libisc_pat.so' }[$os]
if (-not $NativeLibrary.ContainsKey($hostRid)) {
    $NativeLibrary[$hostRid] = Join-Path $repo "target/release/$nativeName"
}
# Libraries built for the other runtime ids (make native-win-x64,
# make native-linux-arm64) are in target/runtimes/<rid>/native/.
$runtimes = Join-Path $repo 'target/runtimes'
if (Test-Path $runtimes) {
    foreach ($dir in Get-ChildItem -Directory $runtimes) {
        $files = @(Get-ChildItem -File (Join-Path $dir.FullName 'native') -ErrorAction SilentlyContinue)
        if ($files.Count -eq 1 -and -not $NativeLibrary.ContainsKey($dir.Name)) {
            $NativeLibrary[$dir.Name] = $files[0].FullName
        }
    }
}

Write-Host "dotnet build $project -c $Configuration"
dotnet build $project -c $Configuration --nologo -v quiet -clp:NoSummary
if ($LASTEXITCODE -ne 0) { throw "dotnet build failed ($LASTEXITCODE)" }
$bin = Join-Path $repo "powershell/src/IscPat/bin/$Configuration/net8.0"

if (Test-Path $OutputPath) { Remove-Item -Recurse -Force $OutputPath }
$null = New-Item -ItemType Directory -Force $OutputPath

foreach ($file in 'IscPat.dll', 'IdentitySecurityCloud.PersonalAccessTokens.dll') {
    Copy-Item (Join-Path $bin $file) $OutputPath
}
Copy-Item (Join-Path $repo 'powershell/module/IscPat.Format.ps1xml') $OutputPath
$null = New-Item -ItemType Directory -Force (Join-Path $OutputPath 'en-US')
Copy-Item (Join-Path $repo 'powershell/help/about_IscPat.help.txt') (Join-Path $OutputPath 'en-US')
$manifest = Get-Content -Raw (Join-Path $repo 'powershell/module/IscPat.psd1')
Set-Content -NoNewline -Path (Join-Path $OutputPath 'IscPat.psd1') -Value $manifest.Replace('@MODULE_VERSION@', $version)

foreach ($rid in $NativeLibrary.Keys) {
    $source = $NativeLibrary[$rid]
    if (-not (Test-Path $source)) { throw "native library for $rid not found at $source (run 'make native')" }
    $null = New-Item -ItemType Directory -Force (Join-Path $OutputPath $rid)
    Copy-Item $source (Join-Path $OutputPath $rid)
}

# Help is generated in a separate process: it imports the assembled module to
# read each command's parameters.
$helpScript = Join-Path $PSScriptRoot 'New-MamlHelp.ps1'
Push-Location $repo
try {
    dotnet pwsh -NoProfile -NonInteractive -File $helpScript `
        -ModulePath (Join-Path $OutputPath 'IscPat.psd1') `
        -HelpData (Join-Path $repo 'powershell/help/IscPat.Help.psd1') `
        -Destination (Join-Path $OutputPath 'en-US/IscPat.dll-Help.xml')
} finally {
    Pop-Location
}
if ($LASTEXITCODE -ne 0) { throw "help generation failed ($LASTEXITCODE)" }

$null = Test-ModuleManifest (Join-Path $OutputPath 'IscPat.psd1')
Write-Host "IscPat $version assembled at $OutputPath"
