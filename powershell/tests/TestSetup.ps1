# Dot-sourced by every test file's BeforeAll: imports the built module and
# defines the documented example's data.
$ModulePath = if ($env:ISCPAT_MODULE_PATH) { $env:ISCPAT_MODULE_PATH } else { Join-Path $PSScriptRoot '../../out/powershell/IscPat/IscPat.psd1' }
Import-Module $ModulePath -Force

$RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$SchemaPath = Join-Path $PSScriptRoot 'schema/create-personal-access-token-response.schema.json'

$CanonicalJson = '{"id":"86f1dc6fe8f54414950454cbb11278fa","secret":"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9","scope":["demo:personal-access-token-scope:first","demo:personal-access-token-scope:second"],"name":"NodeJS Integration","owner":{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":36900}'
$DocumentedSecret = '1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9'

function New-DocumentedOwner {
    Initialize-V2024PatOwner -Type IDENTITY -Id 2c9180a46faadee4016fb4e018c20639 -Name Support
}

function New-DocumentedToken {
    Initialize-V2024CreatePersonalAccessTokenResponse -Id 86f1dc6fe8f54414950454cbb11278fa -Secret 1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9 -Scope 'demo:personal-access-token-scope:first', 'demo:personal-access-token-scope:second' -Name 'NodeJS Integration' -Owner (New-DocumentedOwner) -Created '2017-07-11T18:45:37.098Z' -AccessTokenValiditySeconds 36900
}

# JSON text as compact JSON with keys in their original order and dates kept as text.
function ConvertTo-NormalJson([string] $Json) {
    $Json | ConvertFrom-Json -AsHashtable -DateKind String | ConvertTo-Json -Depth 10 -Compress
}

# The parameters a command declares, without the common ones and those marked DontShow, sorted.
function Get-OwnParameter([string] $Name) {
    $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
    @((Get-Command $Name).Parameters.Values | Where-Object {
            $common -notcontains $_.Name -and -not ($_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.DontShow })
        } | ForEach-Object Name | Sort-Object)
}

# Runs a script block that must fail; returns its ErrorRecord and what it
# output. The module's errors are non-terminating: under this function they
# stop the block, as under -ErrorAction Stop.
function Get-Failure([scriptblock] $Script) {
    $ErrorActionPreference = 'Stop'
    $output = [System.Collections.Generic.List[object]]::new()
    try {
        & $Script | ForEach-Object { $output.Add($_) }
    } catch {
        return [pscustomobject]@{ Record = $_; Output = $output.ToArray() }
    }
    throw "expected an error; got output: $($output | Out-String)"
}
