<#
.SYNOPSIS
    The PowerShell rows of `make bench`: the IscPat module against the
    hand-written way (PSCustomObject + built-in ConvertTo-Json /
    ConvertFrom-Json) and the SDK's ConvertFrom.
.DESCRIPTION
    Appends one JSON object per row to -Out (format: benches/summarize.py).
      * 10,000 x Initialize + ConvertTo, 10,000 x ConvertFrom: Stopwatch
        around a loop of 10,000 objects, ours and baseline alternating,
        after a warm-up; median and IQR over the repetitions, per object.
      * Import-Module in a fresh pwsh against `pwsh -Command exit` (whole
        process wall time), and against importing a manifest-only module
        (the import alone, measured inside each fresh process); runs
        alternating; median and IQR in ms.
      * Bulk 100,000: Bulk.ps1 in a child pwsh per side (times and VmHWM).
    Run: dotnet pwsh -NoProfile -File powershell/bench/Invoke-Bench.ps1 -ModulePath out/powershell/IscPat/IscPat.psd1 -Out rows.jsonl [-Quick]
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $Out,
    [switch] $Quick
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3
. (Join-Path $PSScriptRoot 'Common.ps1')
$ModulePath = (Resolve-Path -LiteralPath $ModulePath).Path
$RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
Import-Module $ModulePath

$N = 10000
$Reps = if ($Quick) { 3 } else { 11 }
$ImportRuns = if ($Quick) { 5 } else { 30 }
$BulkReps = if ($Quick) { 1 } else { 2 }
# 100,000 objects take PowerShell tens of seconds per side: quick mode uses 10,000.
$BulkCount = if ($Quick) { 10000 } else { 100000 }
$BulkLabel = "bulk $($BulkCount / 1000)k"

function Write-Row([System.Collections.Specialized.OrderedDictionary] $Row) {
    Add-Content -LiteralPath $Out -Value ($Row | ConvertTo-Json -Compress -Depth 4) -Encoding utf8NoBOM
}

# The floor: three compiled cmdlets binding the same parameters, doing nothing (Floor.cs).
$floorAssembly = (Add-Type -Path (Join-Path $PSScriptRoot 'Floor.cs') -PassThru -IgnoreWarnings -WarningAction SilentlyContinue `
        -ReferencedAssemblies ([psobject].Assembly.Location), 'System.Runtime', 'System.Collections', 'System.Net.Primitives', 'netstandard' |
        Select-Object -First 1).Assembly
Import-Module -Assembly $floorAssembly

# ---- the loops ---------------------------------------------------------------

$oursTo = {
    param([int] $n)
    for ($i = 0; $i -lt $n; $i++) {
        $owner = Initialize-V2024PatOwner -Type IDENTITY -Id $Ex.OwnerId -Name $Ex.OwnerName
        $o = Initialize-V2024CreatePersonalAccessTokenResponse -Id $Ex.Id -Secret $Ex.Secret -Scope $Ex.Scope -Name $Ex.Name `
            -Owner $owner -Created $Ex.Created -AccessTokenValiditySeconds $Ex.Validity
        $json = ConvertTo-V2024Json -InputObject $o -Compress
    }
    return $json
}

$floorTo = {
    param([int] $n)
    for ($i = 0; $i -lt $n; $i++) {
        $owner = Initialize-FloorPatOwner -Type IDENTITY -Id $Ex.OwnerId -Name $Ex.OwnerName
        $o = Initialize-FloorCreatePersonalAccessTokenResponse -Id $Ex.Id -Secret $Ex.Secret -Scope $Ex.Scope -Name $Ex.Name `
            -Owner $owner -Created $Ex.Created -AccessTokenValiditySeconds $Ex.Validity
        $json = ConvertTo-FloorJson -InputObject $o -Compress
    }
    return $json
}

$baseTo = {
    param([int] $n)
    for ($i = 0; $i -lt $n; $i++) {
        $owner = [PSCustomObject]@{ type = 'IDENTITY'; id = $Ex.OwnerId; name = $Ex.OwnerName }
        $o = [PSCustomObject]@{
            id = $Ex.Id; secret = $Ex.Secret; scope = $Ex.Scope; name = $Ex.Name; owner = $owner
            created = $Ex.Created; accessTokenValiditySeconds = $Ex.Validity
        }
        $json = ConvertTo-Json -InputObject $o -Compress
    }
    return $json
}

$oursFrom = {
    param([int] $n)
    for ($i = 0; $i -lt $n; $i++) {
        $o = ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $CanonicalJson
    }
    return $o
}

$baseFrom = {
    param([int] $n)
    for ($i = 0; $i -lt $n; $i++) {
        $o = ConvertFrom-SdkJsonToCreatePersonalAccessTokenResponse -Json $CanonicalJson
    }
    return $o
}

$plainFrom = {
    param([int] $n)
    for ($i = 0; $i -lt $n; $i++) {
        $o = ConvertFrom-Json -InputObject $CanonicalJson
    }
    return $o
}

# Both sides write the canonical text, and read it back to the same fields.
foreach ($pair in @(@('ours', $oursTo), @('baseline', $baseTo))) {
    $got = & $pair[1] 1
    if ($got -cne $CanonicalJson) { throw "$($pair[0]): ConvertTo did not write the canonical JSON: $got" }
}
$o1 = & $oursFrom 1
$o2 = & $baseFrom 1
if ((ConvertTo-V2024Json -InputObject $o1 -Compress) -cne $CanonicalJson) { throw 'ours: ConvertFrom does not round-trip' }
if ((ConvertTo-Json -InputObject $o2 -Compress) -cne $CanonicalJson.Replace('"2017-07-11T18:45:37.098Z"', '"2017-07-11T18:45:37.098Z"')) {
    throw "baseline: ConvertFrom does not round-trip: $(ConvertTo-Json -InputObject $o2 -Compress)"
}

function Measure-Pair([scriptblock] $Ours, [scriptblock] $Baseline) {
    $null = & $Ours ([int]($N / 10))
    $null = & $Baseline ([int]($N / 10))
    $o = [System.Collections.Generic.List[double]]::new()
    $b = [System.Collections.Generic.List[double]]::new()
    for ($r = 0; $r -lt $Reps; $r++) {
        $sw = [System.Diagnostics.Stopwatch]::StartNew()
        $null = & $Ours $N
        $o.Add($sw.Elapsed.TotalNanoseconds / $N)
        $sw = [System.Diagnostics.Stopwatch]::StartNew()
        $null = & $Baseline $N
        $b.Add($sw.Elapsed.TotalNanoseconds / $N)
    }
    return @((Get-Stats $o), (Get-Stats $b))
}

$loopNote = "Stopwatch around 10,000 iterations of a PowerShell for loop, ours and baseline alternating, after a 1,000-iteration warm-up; median and IQR of $Reps repetitions, per object; PowerShell $($PSVersionTable.PSVersion)"

# One per-object row: ours and the baseline measured alternating, as one row.
function Write-LoopRow([string] $Operation, [scriptblock] $Ours, [scriptblock] $Baseline,
                       [string] $BaselineText, [double] $Target, [string] $Note) {
    Write-Host "PowerShell: $Operation ..."
    $s = Measure-Pair $Ours $Baseline
    Write-Row ([ordered]@{
        layer = 'PowerShell'; operation = $Operation
        ours_ns = $s[0].Median; ours_spread = @($s[0].Q1, $s[0].Q3)
        baseline = $BaselineText
        baseline_ns = $s[1].Median; baseline_spread = @($s[1].Q1, $s[1].Q3)
        peak_ours_kb = $null; peak_baseline_kb = $null; target_max_ratio = $Target
        note = "$loopNote; $Note"
    })
}

Write-LoopRow '10,000 x Initialize + ConvertTo' $oursTo $baseTo `
    "hand-written (the SDK way): two [PSCustomObject] literals with camelCase keys (owner nested) + built-in ConvertTo-Json -Compress" 1.0 `
    "ours: Initialize-V2024PatOwner + Initialize-V2024CreatePersonalAccessTokenResponse + ConvertTo-V2024Json -Compress; target: no slower than writing it by hand"

Write-LoopRow '10,000 x Initialize + ConvertTo (against the floor)' $oursTo $floorTo `
    "the floor: three compiled cmdlets that bind the same parameters (powershell/bench/Floor.cs) and do nothing" 1.1 `
    "ours: Initialize-V2024PatOwner + Initialize-V2024CreatePersonalAccessTokenResponse + ConvertTo-V2024Json -Compress (the SDK's names: aliases of IscPat's cmdlets); target: at most 1.10x what PowerShell charges for the three invocations"

Write-LoopRow '10,000 x ConvertFrom' $oursFrom $baseFrom `
    "SDK's ConvertFrom reimplemented: ConvertFrom-Json, unknown-key throw, -match per required key, new PSCustomObject" 0.1 `
    "ours: ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json; target: at least 10x faster"

Write-LoopRow '10,000 x ConvertFrom (against ConvertFrom-Json alone)' $oursFrom $plainFrom `
    "built-in ConvertFrom-Json -InputObject (no checks at all)" 1.0 `
    "ours: ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json; target: no slower than ConvertFrom-Json alone"

# ---- Import-Module in a fresh process ----------------------------------------

function Invoke-Pwsh([string[]] $Arguments) {
    $psi = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    $psi.WorkingDirectory = $RepoRoot
    $psi.UseShellExecute = $false
    foreach ($a in @('pwsh', '-NoProfile', '-NonInteractive') + $Arguments) { $psi.ArgumentList.Add($a) }
    $sw = [System.Diagnostics.Stopwatch]::StartNew()
    $p = [System.Diagnostics.Process]::Start($psi)
    $p.WaitForExit()
    $ms = $sw.Elapsed.TotalMilliseconds
    if ($p.ExitCode -ne 0) { throw "pwsh $Arguments exited with $($p.ExitCode)" }
    return $ms
}

# Import-Module inside a fresh pwsh: the process prints how long its one
# Import-Module took (Measure-Command), so process start-up, which varies by
# hundreds of ms on a busy machine, is left out.
function Invoke-PwshImport([string] $Manifest) {
    $psi = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    $psi.WorkingDirectory = $RepoRoot
    $psi.UseShellExecute = $false
    $psi.RedirectStandardOutput = $true
    $command = "(Measure-Command { Import-Module '$($Manifest.Replace("'", "''"))' }).TotalMilliseconds"
    foreach ($a in @('pwsh', '-NoProfile', '-NonInteractive', '-Command', $command)) { $psi.ArgumentList.Add($a) }
    $p = [System.Diagnostics.Process]::Start($psi)
    $text = $p.StandardOutput.ReadToEnd()
    $p.WaitForExit()
    if ($p.ExitCode -ne 0) { throw "pwsh -Command $command exited with $($p.ExitCode)" }
    return [double]::Parse(($text.Trim() -split "`n")[-1], [cultureinfo]::InvariantCulture)
}

Write-Host "PowerShell: Import-Module in a fresh pwsh ($ImportRuns runs each) ..."
$importCmd = "Import-Module '$($ModulePath.Replace("'", "''"))'; exit"
# The floor every module pays: a manifest with no code, no formats, no types.
$manifestOnly = (Resolve-Path (Join-Path $PSScriptRoot 'ManifestOnly/ManifestOnly.psd1')).Path
$null = Invoke-Pwsh @('-Command', 'exit')
$null = Invoke-Pwsh @('-Command', $importCmd)
$null = Invoke-PwshImport $manifestOnly
$io = [System.Collections.Generic.List[double]]::new()
$ib = [System.Collections.Generic.List[double]]::new()
$iio = [System.Collections.Generic.List[double]]::new()
$iif = [System.Collections.Generic.List[double]]::new()
for ($r = 0; $r -lt $ImportRuns; $r++) {
    $ib.Add((Invoke-Pwsh @('-Command', 'exit')))
    $io.Add((Invoke-Pwsh @('-Command', $importCmd)))
    $iif.Add((Invoke-PwshImport $manifestOnly))
    $iio.Add((Invoke-PwshImport $ModulePath))
}
$so = Get-Stats $io
$sb = Get-Stats $ib
Write-Row ([ordered]@{
    layer = 'PowerShell'; operation = 'Import-Module IscPat in a fresh pwsh (whole process, ms)'
    ours_ns = $so.Median; ours_spread = @($so.Q1, $so.Q3)
    baseline = 'pwsh -NoProfile -Command exit'
    baseline_ns = $sb.Median; baseline_spread = @($sb.Q1, $sb.Q3)
    peak_ours_kb = $null; peak_baseline_kb = $null; target_max_diff = 150; unit = 'ms'
    note = "wall time of the whole process launched as 'dotnet pwsh -NoProfile -NonInteractive' (the repository's local tool), $ImportRuns runs each, alternating, after one untimed run each; median and IQR in ms; ours: -Command `"Import-Module <built psd1>; exit`""
})
$so = Get-Stats $iio
$sf = Get-Stats $iif
Write-Row ([ordered]@{
    layer = 'PowerShell'; operation = 'Import-Module IscPat in a fresh pwsh, against a manifest-only module (ms)'
    ours_ns = $so.Median; ours_spread = @($so.Q1, $so.Q3)
    baseline = 'Import-Module <a manifest-only .psd1> (powershell/bench/ManifestOnly), the same way'
    baseline_ns = $sf.Median; baseline_spread = @($sf.Q1, $sf.Q3)
    peak_ours_kb = $null; peak_baseline_kb = $null; target_max_diff = 30; unit = 'ms'
    note = "each run a fresh 'dotnet pwsh -NoProfile -NonInteractive -Command' printing (Measure-Command { Import-Module <psd1> }).TotalMilliseconds: the first and only import in that process, without process start-up; $ImportRuns runs each, alternating with the whole-process runs, after one untimed run; median and IQR in ms"
})

# ---- bulk 100,000 ------------------------------------------------------------

function Invoke-Bulk([string] $Side, [int] $BulkRepsArg) {
    $psi = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    $psi.WorkingDirectory = $RepoRoot
    $psi.UseShellExecute = $false
    $psi.RedirectStandardOutput = $true
    foreach ($a in @('pwsh', '-NoProfile', '-NonInteractive', '-File', (Join-Path $PSScriptRoot 'Bulk.ps1'),
            '-Side', $Side, '-ModulePath', $ModulePath, '-Reps', "$BulkRepsArg", '-Count', "$BulkCount")) { $psi.ArgumentList.Add($a) }
    $p = [System.Diagnostics.Process]::Start($psi)
    $text = $p.StandardOutput.ReadToEnd()
    $p.WaitForExit()
    if ($p.ExitCode -ne 0) { throw "Bulk.ps1 -Side $Side exited with $($p.ExitCode): $text" }
    Write-Host "bulk $Side reps=$($BulkRepsArg): $($text.Trim())"
    return ($text.Trim() -split "`n")[-1] | ConvertFrom-Json
}

Write-Host "PowerShell (bulk): $BulkCount objects ..."
$bo = Invoke-Bulk 'ours' $BulkReps
$bb = Invoke-Bulk 'baseline' $BulkReps
if ($bo.sha256 -ne $bb.sha256) { throw "bulk: the two sides did not write the same text ($($bo.bytes) vs $($bb.bytes) chars)" }
if ($Quick) {
    # One round trip per side: its times and its peak come from the same process.
    $po = $bo; $pb = $bb
} else {
    $po = Invoke-Bulk 'ours' 0
    $pb = Invoke-Bulk 'baseline' 0
}

$bulkNote = "$($BulkCount.ToString('N0')) distinct objects, $($bo.bytes) characters of JSON (same text on both sides: checked); one child pwsh per side, " +
    $(if ($Quick) { "one round trip (no warm-up)" } else { "median of $BulkReps round trips after a warm-up" }) + "; per object"
$ot = Get-Stats $bo.serialize; $bt = Get-Stats $bb.serialize
Write-Row ([ordered]@{
    layer = 'PowerShell (bulk)'; operation = "$($BulkLabel): serialize to one array"
    ours_ns = $ot.Median; ours_spread = @($ot.Q1, $ot.Q3)
    baseline = 'PSCustomObjects | ConvertTo-Json -Compress'
    baseline_ns = $bt.Median; baseline_spread = @($bt.Q1, $bt.Q3)
    peak_ours_kb = $null; peak_baseline_kb = $null
    note = "$bulkNote; ours: Initialize-V2024CreatePersonalAccessTokenResponse objects | ConvertTo-V2024Json -Compress (one array)"
})
$ot = Get-Stats $bo.parse; $bt = Get-Stats $bb.parse
Write-Row ([ordered]@{
    layer = 'PowerShell (bulk)'; operation = "$($BulkLabel): parse the array"
    ours_ns = $ot.Median; ours_spread = @($ot.Q1, $ot.Q3)
    baseline = 'ConvertFrom-Json of the array (the SDK has no array ConvertFrom)'
    baseline_ns = $bt.Median; baseline_spread = @($bt.Q1, $bt.Q3)
    peak_ours_kb = $null; peak_baseline_kb = $null
    note = "$bulkNote; ours: $($bo.parse_how)"
})
$ot = Get-Stats $bo.total; $bt = Get-Stats $bb.total
Write-Row ([ordered]@{
    layer = 'PowerShell (bulk)'; operation = "$($BulkLabel): round trip + peak memory"
    ours_ns = $ot.Median; ours_spread = @($ot.Q1, $ot.Q3)
    baseline = 'PSCustomObjects, ConvertTo-Json, ConvertFrom-Json'
    baseline_ns = $bt.Median; baseline_spread = @($bt.Q1, $bt.Q3)
    peak_ours_kb = $po.peak_kb; peak_baseline_kb = $pb.peak_kb; peak_target = 'ours <= baseline'; target_max_ratio = 1.0
    note = "$bulkNote; build the objects + serialize + parse; peak: VmHWM of the child pwsh (" + $(if ($Quick) { 'the same process' } else { 'a separate child per side doing one round trip' }) + ')'
})
Write-Host "rows appended to $Out"
