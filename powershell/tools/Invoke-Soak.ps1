<#
.SYNOPSIS
    Soak of the IscPat module: N times Initialize-V2024CreatePersonalAccessTokenResponse
    followed by ConvertTo-V2024Json -Compress, with process memory and throughput.
.DESCRIPTION
    Imports the built module (-ModulePath, default out/powershell/IscPat/IscPat.psd1),
    checks that the loop's JSON is the documented canonical JSON, runs a
    warm-up, then -Iterations rounds. Prints the working set and private
    memory of the process at the start and at ten checkpoints (as they are)
    and at the end (after full collections and pending finalizers), and the
    rounds per second.

    Exits 0 when the working set and the private memory measured after full
    collections grew by less than -MaxGrowthMiB (default 64 MiB) and no
    checkpoint rose above the start by more than four times that; exits 1
    otherwise, and 2 when the JSON is wrong. `make soak` runs 100,000 rounds;
    the short Pester test Soak.Tests.ps1 runs this script for 5,000.
.EXAMPLE
    dotnet pwsh -NoProfile -File powershell/tools/Invoke-Soak.ps1 -Iterations 100000
#>
param(
    [ValidateRange(10, [int]::MaxValue)]
    [int] $Iterations = 100000,
    [ValidateRange(1, 1048576)]
    [double] $MaxGrowthMiB = 64,
    [string] $ModulePath = (Join-Path $PSScriptRoot '../../out/powershell/IscPat/IscPat.psd1')
)

$ErrorActionPreference = 'Stop'
Import-Module (Resolve-Path $ModulePath).Path -Force

$canonical = '{"id":"86f1dc6fe8f54414950454cbb11278fa","secret":"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9","scope":["demo:personal-access-token-scope:first","demo:personal-access-token-scope:second"],"name":"NodeJS Integration","owner":{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":36900}'
$owner = Initialize-V2024PatOwner -Type IDENTITY -Id 2c9180a46faadee4016fb4e018c20639 -Name Support
$arguments = @{
    Id                         = '86f1dc6fe8f54414950454cbb11278fa'
    Secret                     = '1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9'
    Scope                      = 'demo:personal-access-token-scope:first', 'demo:personal-access-token-scope:second'
    Name                       = 'NodeJS Integration'
    Owner                      = $owner
    Created                    = '2017-07-11T18:45:37.098Z'
    AccessTokenValiditySeconds = 36900
}

function Get-Memory([switch] $Collect) {
    if ($Collect) {
        for ($i = 0; $i -lt 3; $i++) {
            [System.GC]::Collect()
            [System.GC]::WaitForPendingFinalizers()
        }
        [System.GC]::Collect()
    }
    $process = [System.Diagnostics.Process]::GetCurrentProcess()
    try { [pscustomobject]@{ WorkingSet = $process.WorkingSet64; Private = $process.PrivateMemorySize64 } } finally { $process.Dispose() }
}

function Format-MiB([long] $Bytes) { ($Bytes / 1MB).ToString('F1', [cultureinfo]::InvariantCulture).PadLeft(8) }
function Format-Signed([long] $Bytes) { ($Bytes / 1MB).ToString('+0.0;-0.0;0.0', [cultureinfo]::InvariantCulture) }

# One round of the loop; the same statement the checkpoints time.
function Invoke-Round([int] $Count) {
    $wrong = 0
    for ($i = 0; $i -lt $Count; $i++) {
        $json = Initialize-V2024CreatePersonalAccessTokenResponse @arguments | ConvertTo-V2024Json -Compress
        if ($json -cne $canonical) { $wrong++ }
    }
    $wrong
}

if ((Invoke-Round 1) -ne 0) {
    Write-Host 'the loop''s JSON is not the documented canonical JSON'
    exit 2
}

Write-Host ("PowerShell soak: {0:N0} rounds of Initialize-V2024CreatePersonalAccessTokenResponse | ConvertTo-V2024Json -Compress; PowerShell {1}, .NET {2}; bound {3:F0} MiB growth after collection, {4:F0} MiB at checkpoints" -f
    $Iterations, $PSVersionTable.PSVersion, [System.Environment]::Version, $MaxGrowthMiB, ($MaxGrowthMiB * 4))

# Warm-up: JIT, command discovery caches, allocator arenas.
$null = Invoke-Round ([Math]::Min($Iterations, 2000))

$start = Get-Memory -Collect
Write-Host ("   start          working set {0} MiB  private {1} MiB  (after GC)" -f (Format-MiB $start.WorkingSet), (Format-MiB $start.Private))
$checkpoints = 10
$perCheckpoint = [Math]::Floor($Iterations / $checkpoints)
$peakWorkingSet = $start.WorkingSet
$peakPrivate = $start.Private
$wrong = 0
$done = 0
$total = [System.Diagnostics.Stopwatch]::StartNew()
for ($checkpoint = 1; $checkpoint -le $checkpoints; $checkpoint++) {
    $count = if ($checkpoint -eq $checkpoints) { $Iterations - $perCheckpoint * ($checkpoints - 1) } else { $perCheckpoint }
    $block = [System.Diagnostics.Stopwatch]::StartNew()
    $wrong += Invoke-Round $count
    $block.Stop()
    $done += $count
    $now = Get-Memory
    $peakWorkingSet = [Math]::Max($peakWorkingSet, $now.WorkingSet)
    $peakPrivate = [Math]::Max($peakPrivate, $now.Private)
    Write-Host ("   {0,12:N0}   working set {1} MiB  private {2} MiB  {3,8:N0} rounds/s" -f
        $done, (Format-MiB $now.WorkingSet), (Format-MiB $now.Private), ($count / $block.Elapsed.TotalSeconds))
}
$total.Stop()
$end = Get-Memory -Collect

$limit = $MaxGrowthMiB * 1MB
$ok = ($end.WorkingSet - $start.WorkingSet) -lt $limit -and ($end.Private - $start.Private) -lt $limit -and
    ($peakWorkingSet - $start.WorkingSet) -lt 4 * $limit -and ($peakPrivate - $start.Private) -lt 4 * $limit
Write-Host ("   end            working set {0} MiB  private {1} MiB  (after GC)" -f (Format-MiB $end.WorkingSet), (Format-MiB $end.Private))
Write-Host ("   {0:N0} rounds in {1:F2} s = {2:N0} rounds/s; growth after GC: working set {3} MiB, private {4} MiB; peak over start: working set {5} MiB, private {6} MiB; {7} bound" -f
    $Iterations, $total.Elapsed.TotalSeconds, ($Iterations / $total.Elapsed.TotalSeconds),
    (Format-Signed ($end.WorkingSet - $start.WorkingSet)), (Format-Signed ($end.Private - $start.Private)),
    (Format-Signed ($peakWorkingSet - $start.WorkingSet)), (Format-Signed ($peakPrivate - $start.Private)),
    ($ok ? 'within' : 'EXCEEDS'))

if ($wrong -ne 0) {
    Write-Host "soak: FAIL ($wrong rounds gave JSON other than the canonical JSON)"
    exit 2
}
Write-Host ($ok ? 'soak: PASS' : 'soak: FAIL (memory grew beyond the bound)')
exit ($ok ? 0 : 1)
