<#
.SYNOPSIS
    Runs the IscPat Pester tests against a built module folder.
.DESCRIPTION
    The tests import the module from -ModulePath (default:
    out/powershell/IscPat/IscPat.psd1), as a user would. Prints Pester's
    detailed output and a closing 'N passed, N failed' line; exits 1 when
    any test failed or none ran.
#>
param(
    [string] $ModulePath = (Join-Path $PSScriptRoot '../../out/powershell/IscPat/IscPat.psd1'),
    [string] $PesterPath = (Join-Path $PSScriptRoot '../../out/pwsh-tools/packages/pester/5.7.1/tools/Pester.psd1')
)

$ErrorActionPreference = 'Stop'
Import-Module $PesterPath -MinimumVersion 5.7.1 -MaximumVersion 5.7.1
$env:ISCPAT_MODULE_PATH = (Resolve-Path $ModulePath).Path

$config = New-PesterConfiguration
$config.Run.Path = $PSScriptRoot
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Detailed'
# Colour codes only for a terminal: a log written to a file reads plainly.
$config.Output.RenderMode = if ([Console]::IsOutputRedirected) { 'Plaintext' } else { 'Auto' }
$result = Invoke-Pester -Configuration $config

Write-Host ''
Write-Host ("Pester: {0} tests, {1} passed, {2} failed, {3} skipped, {4} not run" -f
    $result.TotalCount, $result.PassedCount, $result.FailedCount, $result.SkippedCount, $result.NotRunCount)
Write-Host ("{0} passed, {1} failed" -f $result.PassedCount, $result.FailedCount)
if ($result.FailedCount -gt 0 -or $result.FailedContainersCount -gt 0 -or $result.PassedCount -eq 0) { exit 1 }
exit 0
