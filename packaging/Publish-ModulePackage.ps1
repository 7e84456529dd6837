<#
.SYNOPSIS
    Packs the assembled IscPat module as a PowerShell Gallery .nupkg.
.DESCRIPTION
    Copies the module folder (make powershell-module) to -StagePath, adds
    LICENSE and CHANGELOG.md, checks the manifest's gallery metadata, then
    runs Publish-PSResource into -Destination registered as a temporary local
    repository. The PSResourceGet repository list used is a temporary one
    (XDG_DATA_HOME points into a temporary folder for this process), so the
    user's registered repositories are neither read nor changed.

    Result: <Destination>/IscPat.<ModuleVersion>.nupkg, installable with
        Register-PSResourceRepository -Name local -Uri <Destination> -Trusted
        Install-PSResource -Name IscPat -Repository local
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $StagePath,
    [Parameter(Mandatory)] [string] $Destination
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$repo = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
$temp = Join-Path ([System.IO.Path]::GetTempPath()) "isc-pat-publish-$([guid]::NewGuid().ToString('n'))"
# Before the first PSResourceGet command: its repository list lives under XDG_DATA_HOME.
$env:XDG_DATA_HOME = Join-Path $temp 'xdg'
$null = New-Item -ItemType Directory -Force $env:XDG_DATA_HOME

try {
    if (Test-Path $StagePath) { Remove-Item -Recurse -Force $StagePath }
    $null = New-Item -ItemType Directory -Force (Split-Path $StagePath)
    Copy-Item -Recurse $ModulePath $StagePath
    Copy-Item (Join-Path $repo 'LICENSE'), (Join-Path $repo 'CHANGELOG.md') $StagePath

    # The gallery metadata a package must carry.
    $manifest = Test-ModuleManifest (Join-Path $StagePath 'IscPat.psd1')
    $data = Import-PowerShellDataFile (Join-Path $StagePath 'IscPat.psd1')
    $psData = $data.PrivateData.PSData
    $missing = @(
        if (-not $data.Description) { 'Description' }
        if (-not $data.Author) { 'Author' }
        if (-not $psData.LicenseUri) { 'PrivateData.PSData.LicenseUri' }
        if (-not $psData.Tags) { 'PrivateData.PSData.Tags' }
        if (@($data.CompatiblePSEditions) -notcontains 'Core') { "CompatiblePSEditions 'Core'" }
    )
    if ($missing) { throw "IscPat.psd1 lacks: $($missing -join ', ')" }
    $version = $manifest.Version.ToString()

    $null = New-Item -ItemType Directory -Force $Destination
    $name = "IscPatBuild$([guid]::NewGuid().ToString('n'))"
    Register-PSResourceRepository -Name $name -Uri $Destination -Trusted
    if (-not (Test-Path (Join-Path $env:XDG_DATA_HOME 'PSResourceGet/PSResourceRepository.xml'))) {
        throw "the temporary repository was not registered under $env:XDG_DATA_HOME"
    }
    try {
        Publish-PSResource -Path $StagePath -Repository $name
    } finally {
        Unregister-PSResourceRepository -Name $name
    }

    $nupkg = Join-Path $Destination "IscPat.$version.nupkg"
    if (-not (Test-Path $nupkg)) { throw "Publish-PSResource did not produce $nupkg" }
    Write-Host "IscPat $version packed: $nupkg"
} finally {
    Remove-Item -Recurse -Force $temp -ErrorAction SilentlyContinue
}
