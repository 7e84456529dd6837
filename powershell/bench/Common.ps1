# Shared by the PowerShell benchmarks: the documented example, the SDK-style
# baseline (PSCustomObject + built-in cmdlets) and small statistics helpers.

$script:Ex = @{
    Id        = '86f1dc6fe8f54414950454cbb11278fa'
    Secret    = '1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9'
    Scope     = [string[]]@('demo:personal-access-token-scope:first', 'demo:personal-access-token-scope:second')
    Name      = 'NodeJS Integration'
    OwnerId   = '2c9180a46faadee4016fb4e018c20639'
    OwnerName = 'Support'
    # What the SDK's Initialize stores: a [DateTime] (UTC here, so that the
    # built-in ConvertTo-Json writes "...Z").
    Created   = [datetime]::SpecifyKind([datetime]::ParseExact('2017-07-11T18:45:37.098', 'yyyy-MM-ddTHH:mm:ss.fff', [cultureinfo]::InvariantCulture), 'Utc')
    Validity  = 36900
}

$script:CanonicalJson = '{"id":"86f1dc6fe8f54414950454cbb11278fa","secret":"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9","scope":["demo:personal-access-token-scope:first","demo:personal-access-token-scope:second"],"name":"NodeJS Integration","owner":{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":36900}'

# The SDK's ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse as the
# OpenAPI generator's PowerShell template writes it: ConvertFrom-Json, a
# throw on any key outside the model, then for each required key a
# case-insensitive regex `-match` against the property names, then a new
# PSCustomObject. Left out: its two Write-Debug lines (which pipe
# $PSBoundParameters through Out-DebugParameter even when debug output is
# off): they would only make the baseline slower.
function ConvertFrom-SdkJsonToCreatePersonalAccessTokenResponse {
    Param(
        [AllowEmptyString()]
        [string]$Json
    )

    Process {
        $JsonParameters = ConvertFrom-Json -InputObject $Json

        # check if Json contains properties not defined in V2024CreatePersonalAccessTokenResponse
        $AllProperties = ("id", "secret", "scope", "name", "owner", "created", "accessTokenValiditySeconds")
        foreach ($name in $JsonParameters.PsObject.Properties.Name) {
            if (!($AllProperties.Contains($name))) {
                throw "Error! JSON key '$name' not found in the properties: $($AllProperties)"
            }
        }

        If ([string]::IsNullOrEmpty($Json) -or $Json -eq "{}") { # empty json
            throw "Error! Empty JSON cannot be serialized due to the required property 'id' missing."
        }

        if (!([bool]($JsonParameters.PSobject.Properties.name -match "id"))) {
            throw "Error! JSON cannot be serialized due to the required property 'id' missing."
        } else {
            $Id = $JsonParameters.PSobject.Properties["id"].value
        }

        if (!([bool]($JsonParameters.PSobject.Properties.name -match "secret"))) {
            throw "Error! JSON cannot be serialized due to the required property 'secret' missing."
        } else {
            $Secret = $JsonParameters.PSobject.Properties["secret"].value
        }

        if (!([bool]($JsonParameters.PSobject.Properties.name -match "scope"))) {
            throw "Error! JSON cannot be serialized due to the required property 'scope' missing."
        } else {
            $Scope = $JsonParameters.PSobject.Properties["scope"].value
        }

        if (!([bool]($JsonParameters.PSobject.Properties.name -match "name"))) {
            throw "Error! JSON cannot be serialized due to the required property 'name' missing."
        } else {
            $Name = $JsonParameters.PSobject.Properties["name"].value
        }

        if (!([bool]($JsonParameters.PSobject.Properties.name -match "owner"))) {
            throw "Error! JSON cannot be serialized due to the required property 'owner' missing."
        } else {
            $Owner = $JsonParameters.PSobject.Properties["owner"].value
        }

        if (!([bool]($JsonParameters.PSobject.Properties.name -match "created"))) {
            throw "Error! JSON cannot be serialized due to the required property 'created' missing."
        } else {
            $Created = $JsonParameters.PSobject.Properties["created"].value
        }

        if (!([bool]($JsonParameters.PSobject.Properties.name -match "accessTokenValiditySeconds"))) {
            throw "Error! JSON cannot be serialized due to the required property 'accessTokenValiditySeconds' missing."
        } else {
            $AccessTokenValiditySeconds = $JsonParameters.PSobject.Properties["accessTokenValiditySeconds"].value
        }

        $PSO = [PSCustomObject]@{
            "id" = ${Id}
            "secret" = ${Secret}
            "scope" = ${Scope}
            "name" = ${Name}
            "owner" = ${Owner}
            "created" = ${Created}
            "accessTokenValiditySeconds" = ${AccessTokenValiditySeconds}
        }

        return $PSO
    }
}

function Get-Quantile([double[]] $Sorted, [double] $P) {
    $pos = $P * ($Sorted.Length - 1)
    $lo = [math]::Floor($pos)
    $hi = [math]::Min($lo + 1, $Sorted.Length - 1)
    return $Sorted[$lo] + ($Sorted[$hi] - $Sorted[$lo]) * ($pos - $lo)
}

function Get-Stats([double[]] $Values) {
    $s = [double[]]($Values | Sort-Object)
    return [pscustomobject]@{ Median = (Get-Quantile $s 0.5); Q1 = (Get-Quantile $s 0.25); Q3 = (Get-Quantile $s 0.75) }
}

function Get-PeakKb {
    $line = Get-Content -LiteralPath /proc/self/status | Where-Object { $_ -like 'VmHWM:*' }
    if (-not $line) { return $null }
    return [long](($line -split '\s+')[1])
}
