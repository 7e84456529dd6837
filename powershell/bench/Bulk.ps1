<#
.SYNOPSIS
    One side of the PowerShell bulk benchmark (run by Invoke-Bench.ps1 in a
    child process): -Count (default 100,000) distinct objects built, serialized to one JSON
    array and parsed back. Prints one JSON line: times per object (ns) for
    each round trip, the text's length and SHA-256, and the process's peak
    resident memory (VmHWM, KiB).
.PARAMETER Reps
    Timed round trips after one untimed warm-up; 0: a single round trip
    (no warm-up), for its times and its peak memory.
#>
param(
    [Parameter(Mandatory)] [ValidateSet('ours', 'baseline')] [string] $Side,
    [Parameter(Mandatory)] [string] $ModulePath,
    [int] $Reps = 0,
    [int] $Count = 100000
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3
. (Join-Path $PSScriptRoot 'Common.ps1')
if ($Side -eq 'ours') { Import-Module $ModulePath }

$build = [System.Collections.Generic.List[double]]::new()
$serialize = [System.Collections.Generic.List[double]]::new()
$parse = [System.Collections.Generic.List[double]]::new()
$total = [System.Collections.Generic.List[double]]::new()
$parseHow = $null
$text = $null
$rounds = if ($Reps -eq 0) { 1 } else { $Reps + 1 }

# Does ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse take a JSON array?
$arrayOk = $false
if ($Side -eq 'ours') {
    try {
        $probe = ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json ('[' + $CanonicalJson + ',' + $CanonicalJson + ']')
        $arrayOk = @($probe).Count -eq 2
    } catch {
        $arrayOk = $false
    }
}

for ($r = 0; $r -lt $rounds; $r++) {
    [System.GC]::Collect()
    $t0 = [System.Diagnostics.Stopwatch]::GetTimestamp()
    if ($Side -eq 'ours') {
        $owner = Initialize-V2024PatOwner -Type IDENTITY -Id $Ex.OwnerId -Name $Ex.OwnerName
        $objs = for ($i = 0; $i -lt $Count; $i++) {
            Initialize-V2024CreatePersonalAccessTokenResponse -Id ('{0:x32}' -f $i) -Secret $Ex.Secret -Scope $Ex.Scope `
                -Name "NodeJS Integration $i" -Owner $owner -Created $Ex.Created.AddSeconds($i) -AccessTokenValiditySeconds $Ex.Validity
        }
        $t1 = [System.Diagnostics.Stopwatch]::GetTimestamp()
        $text = $objs | ConvertTo-V2024Json -Compress
        $t2 = [System.Diagnostics.Stopwatch]::GetTimestamp()
        if ($arrayOk) {
            $parseHow = 'ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json <the array>'
            $back = @(ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $text)
        } else {
            # The cmdlet takes one object per JSON text: split the array
            # (System.Text.Json, GetRawText per element), pipe the texts in.
            $parseHow = 'ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse does not accept a JSON array: the array is split with System.Text.Json.JsonDocument (GetRawText per element) and the texts piped into it'
            $doc = [System.Text.Json.JsonDocument]::Parse($text)
            $texts = foreach ($e in $doc.RootElement.EnumerateArray()) { $e.GetRawText() }
            $doc.Dispose()
            $back = @($texts | ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse)
        }
        $t3 = [System.Diagnostics.Stopwatch]::GetTimestamp()
    } else {
        $owner = [PSCustomObject]@{ type = 'IDENTITY'; id = $Ex.OwnerId; name = $Ex.OwnerName }
        $objs = for ($i = 0; $i -lt $Count; $i++) {
            [PSCustomObject]@{
                id = ('{0:x32}' -f $i); secret = $Ex.Secret; scope = $Ex.Scope; name = "NodeJS Integration $i"; owner = $owner
                created = $Ex.Created.AddSeconds($i); accessTokenValiditySeconds = $Ex.Validity
            }
        }
        $t1 = [System.Diagnostics.Stopwatch]::GetTimestamp()
        $text = $objs | ConvertTo-Json -Compress
        $t2 = [System.Diagnostics.Stopwatch]::GetTimestamp()
        $back = @(ConvertFrom-Json -InputObject $text)
        $t3 = [System.Diagnostics.Stopwatch]::GetTimestamp()
    }
    if ($back.Count -ne $Count) { throw "$($Side): parsed $($back.Count) objects" }
    if ($Reps -gt 0 -and $r -eq 0) { continue }
    $tick = 1e9 / [System.Diagnostics.Stopwatch]::Frequency / $Count
    $build.Add(($t1 - $t0) * $tick)
    $serialize.Add(($t2 - $t1) * $tick)
    $parse.Add(($t3 - $t2) * $tick)
    $total.Add(($t3 - $t0) * $tick)
}

$sha = [System.Convert]::ToHexString([System.Security.Cryptography.SHA256]::HashData([System.Text.Encoding]::UTF8.GetBytes($text)))
[ordered]@{
    side = $Side; build = $build; serialize = $serialize; parse = $parse; total = $total
    bytes = $text.Length; sha256 = $sha; parse_how = $parseHow; peak_kb = (Get-PeakKb)
} | ConvertTo-Json -Compress -Depth 3
