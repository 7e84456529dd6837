BeforeAll { . (Join-Path $PSScriptRoot 'TestSetup.ps1') }

Describe 'Initialize-V2024CreatePersonalAccessTokenResponse' {
    Context 'Command' {
        It 'has exactly the documented parameters' {
            Get-OwnParameter Initialize-V2024CreatePersonalAccessTokenResponse | Should -Be @(
                'AccessTokenValiditySeconds', 'Created', 'ExpirationDate', 'Id', 'InputObject', 'Name', 'Owner', 'Scope', 'Secret')
        }

        It 'binds every parameter from the pipeline by property name, none by value' {
            foreach ($p in (Get-Command Initialize-V2024CreatePersonalAccessTokenResponse).Parameters.Values | Where-Object Name -in (Get-OwnParameter Initialize-V2024CreatePersonalAccessTokenResponse) | Where-Object Name -NE InputObject) {
                $p.Attributes.Where({ $_ -is [Parameter] }).ValueFromPipelineByPropertyName | Should -BeTrue -Because $p.Name
                $p.Attributes.Where({ $_ -is [Parameter] }).ValueFromPipeline | Should -BeFalse -Because $p.Name
            }
        }

        It 'takes a dictionary by value in -InputObject, its own parameter set' {
            $p = (Get-Command Initialize-V2024CreatePersonalAccessTokenResponse).Parameters['InputObject']
            $p.ParameterType | Should -Be ([System.Collections.IDictionary])
            $p.ParameterSets.Keys | Should -Be @('Dictionary')
        }

        It 'makes Id, Secret, Name, Owner and Created mandatory (and -InputObject in its set)' {
            $mandatory = (Get-Command Initialize-V2024CreatePersonalAccessTokenResponse).Parameters.Values |
                Where-Object { $_.Attributes.Where({ $_ -is [Parameter] -and $_.Mandatory }) } | ForEach-Object Name | Sort-Object
            $mandatory | Should -Be @('Created', 'Id', 'InputObject', 'Name', 'Owner', 'Secret')
        }

        It 'declares its output type' {
            (Get-Command Initialize-V2024CreatePersonalAccessTokenResponse).OutputType.Name | Should -Be 'IscPat.V2024CreatePersonalAccessTokenResponse'
        }
    }

    Context 'The documented example' {
        BeforeAll { $token = New-DocumentedToken }

        It 'outputs an IscPat.V2024CreatePersonalAccessTokenResponse' {
            $token | Should -BeOfType ([IscPat.V2024CreatePersonalAccessTokenResponse])
            $token.Owner | Should -BeOfType ([IscPat.V2024PatOwner])
            $token.PSObject.TypeNames[0] | Should -Be 'IscPat.V2024CreatePersonalAccessTokenResponse'
            $token.Owner.PSObject.TypeNames[0] | Should -Be 'IscPat.V2024PatOwner'
        }

        It 'serializes with ConvertTo-V2024Json -Compress to the canonical JSON byte for byte' {
            $token | ConvertTo-V2024Json -Compress | Should -BeExactly $CanonicalJson
        }

        It 'prints the canonical JSON with the built-in ConvertTo-Json (same keys, order and values)' {
            $builtIn = $token | ConvertTo-JSON
            ConvertTo-NormalJson $builtIn | Should -BeExactly (ConvertTo-NormalJson $CanonicalJson)
            ($builtIn | ConvertFrom-Json -DateKind String).created | Should -BeExactly '2017-07-11T18:45:37.098Z'
        }

        It 'shows the owner fields under the built-in default depth' {
            $builtIn = $token | ConvertTo-Json -WarningVariable warnings
            $warnings | Should -BeNullOrEmpty
            ($builtIn | ConvertFrom-Json).owner.name | Should -BeExactly 'Support'
        }

        It 'has camelCase properties in documented order and no expirationDate' {
            # secret is hidden: left out of the property list, still read by name and written by ConvertTo-Json.
            $token.PSObject.Properties.Name | Should -BeExactly @('id', 'scope', 'name', 'owner', 'created', 'accessTokenValiditySeconds')
            @(($token | ConvertTo-Json -Compress | ConvertFrom-Json -AsHashtable).Keys) | Should -BeExactly @('id', 'secret', 'scope', 'name', 'owner', 'created', 'accessTokenValiditySeconds')
            $token.Owner.PSObject.Properties.Name | Should -BeExactly @('type', 'id', 'name')
        }

        It 'reads naturally through PascalCase property names' {
            $token.Id | Should -BeExactly '86f1dc6fe8f54414950454cbb11278fa'
            $token.Owner.Name | Should -BeExactly 'Support'
            $token.Scope | Should -BeExactly @('demo:personal-access-token-scope:first', 'demo:personal-access-token-scope:second')
            $token.Scope.GetType() | Should -Be ([string[]])
            $token.AccessTokenValiditySeconds | Should -Be 36900
            $token.Secret | Should -BeExactly $DocumentedSecret
        }

        It 'gives Created as a UTC [datetime]' {
            $token.Created | Should -BeOfType [datetime]
            $token.Created.Kind | Should -Be 'Utc'
            $token.Created | Should -Be ([datetime]::new(2017, 7, 11, 18, 45, 37, 98, [DateTimeKind]::Utc))
        }

        It 'works under the documentation alias' {
            $viaAlias = Initialize-PSSailpoint.V2024CreatePersonalAccessTokenResponse -Id 86f1dc6fe8f54414950454cbb11278fa -Secret $DocumentedSecret -Scope 'demo:personal-access-token-scope:first', 'demo:personal-access-token-scope:second' -Name 'NodeJS Integration' -Owner (Initialize-PSSailpoint.V2024PatOwner -Type IDENTITY -Id 2c9180a46faadee4016fb4e018c20639 -Name Support) -Created 2017-07-11T18:45:37.098Z -AccessTokenValiditySeconds 36900
            $viaAlias | ConvertTo-V2024Json -Compress | Should -BeExactly $CanonicalJson
        }
    }

    Context 'Defaults and optional values' {
        BeforeAll { $owner = New-DocumentedOwner }

        It 'uses 43200 seconds when -AccessTokenValiditySeconds is omitted' {
            (Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Name n -Owner $owner -Created 2017-07-11T18:45:37.098Z).accessTokenValiditySeconds | Should -Be 43200
        }

        It 'keeps a null scope when -Scope is omitted, and an empty one when empty' {
            $none = Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Name n -Owner $owner -Created 2017-07-11T18:45:37.098Z
            $none.Scope | Should -BeNullOrEmpty
            $none | ConvertTo-V2024Json -Compress | Should -Match '"scope":null'
            $empty = Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Scope @() -Name n -Owner $owner -Created 2017-07-11T18:45:37.098Z
            $empty | ConvertTo-V2024Json -Compress | Should -Match '"scope":\[\]'
        }

        It 'adds expirationDate only when given, in UTC' {
            $t = Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Name n -Owner $owner -Created 2017-07-11T18:45:37.098Z -ExpirationDate '2017-07-12T08:45:37.098+02:00'
            $t.PSObject.Properties.Name | Should -Contain 'expirationDate'
            ($t | ConvertTo-Json -Compress) | Should -Match ',"expirationDate":"2017-07-12T06:45:37.098Z"}$'
            $t.ExpirationDate.Kind | Should -Be 'Utc'
            $t | ConvertTo-V2024Json -Compress | Should -Match '"expirationDate":"2017-07-12T06:45:37.098Z"}$'
            ($t | ConvertTo-Json | ConvertFrom-Json -DateKind String).expirationDate | Should -Be '2017-07-12T06:45:37.098Z'
        }

        It 'accepts the owner as a hashtable and as a PSCustomObject from ConvertFrom-Json' {
            $fromHash = Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Name n -Created 2017-07-11T18:45:37.098Z -Owner @{ type = 'IDENTITY'; id = '2c9180a46faadee4016fb4e018c20639'; name = 'Support' }
            $fromJson = Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Name n -Created 2017-07-11T18:45:37.098Z -Owner ('{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"}' | ConvertFrom-Json)
            $fromHash.Owner | ConvertTo-V2024Json -Compress | Should -BeExactly '{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"}'
            $fromJson.Owner | ConvertTo-V2024Json -Compress | Should -BeExactly '{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"}'
        }
    }

    Context '-Created stores one UTC instant whatever the input kind' {
        BeforeAll {
            # A zone far from UTC, so that Local and UTC differ.
            $savedTz = $env:TZ
            $env:TZ = 'Asia/Kolkata'
            [TimeZoneInfo]::ClearCachedData()
            $owner = New-DocumentedOwner
            $instant = [datetime]::new(2017, 7, 11, 18, 45, 37, 98, [DateTimeKind]::Utc)
        }
        AfterAll {
            $env:TZ = $savedTz
            [TimeZoneInfo]::ClearCachedData()
        }

        It 'runs in a zone with an offset' {
            [TimeZoneInfo]::Local.GetUtcOffset($instant) | Should -Not -Be ([timespan]::Zero)
        }

        It 'from <Kind>' -ForEach @(
            @{ Kind = '[datetime] Local'; Value = { $instant.ToLocalTime() } }
            @{ Kind = '[datetime] Utc'; Value = { $instant } }
            @{ Kind = '[datetimeoffset] +02:00'; Value = { [datetimeoffset]::new(2017, 7, 11, 20, 45, 37, 98, [timespan]'02:00') } }
            @{ Kind = 'text with Z'; Value = { '2017-07-11T18:45:37.098Z' } }
            @{ Kind = 'text with -05:30'; Value = { '2017-07-11T13:15:37.098-05:30' } }
        ) {
            $created = & $Value
            $t = Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Name n -Owner $owner -Created $created
            $t.Created.Kind | Should -Be 'Utc'
            $t.Created | Should -Be $instant
            $t | ConvertTo-V2024Json -Compress | Should -Match '"created":"2017-07-11T18:45:37.098Z"'
        }

        It 'from a bare word on the command line (which the binder could turn into a Local [datetime])' {
            $t = Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Name n -Owner $owner -Created 2017-07-11T18:45:37.098Z
            $t.Created | Should -Be $instant
        }
    }

    Context 'Dates as text, as instants, and one of each' {
        BeforeAll {
            $owner = New-DocumentedOwner
            $createdAt = [datetimeoffset]::new(2017, 7, 11, 18, 45, 37, 98, [timespan]::Zero)
            $expiresAt = [datetimeoffset]::new(2017, 7, 12, 8, 45, 37, 98, [timespan]'02:00')
            $bothTyped = Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Name n -Owner $owner -Created $createdAt -ExpirationDate $expiresAt |
                ConvertTo-V2024Json -Compress
        }

        It 'stores the same instants for <Case>' -ForEach @(
            @{ Case = 'both as text'; Created = '2017-07-11T18:45:37.098Z'; Expiration = '2017-07-12T08:45:37.098+02:00' }
            @{ Case = 'created as text, expirationDate a [datetimeoffset]'; Created = '2017-07-11T18:45:37.098Z'; Expiration = { $expiresAt } }
            @{ Case = 'created a [datetime], expirationDate as text'; Created = { $createdAt.UtcDateTime }; Expiration = '2017-07-12T06:45:37.098Z' }
        ) {
            $c = if ($Created -is [scriptblock]) { & $Created } else { $Created }
            $e = if ($Expiration -is [scriptblock]) { & $Expiration } else { $Expiration }
            $t = Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Name n -Owner $owner -Created $c -ExpirationDate $e
            $t | ConvertTo-V2024Json -Compress | Should -BeExactly $bothTyped
            $bothTyped | Should -Match '"created":"2017-07-11T18:45:37.098Z".*"expirationDate":"2017-07-12T06:45:37.098Z"'
        }

        It 'truncates an instant beside text below the millisecond, as the typed path does' {
            $fine = $expiresAt.AddTicks(9999)
            $typed = Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Name n -Owner $owner -Created $createdAt -ExpirationDate $fine
            $mixed = Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Name n -Owner $owner -Created '2017-07-11T18:45:37.098Z' -ExpirationDate $fine
            $mixed | ConvertTo-V2024Json -Compress | Should -BeExactly ($typed | ConvertTo-V2024Json -Compress)
            $mixed.expirationDate | Should -Be $typed.expirationDate
        }

        It 'accepts the extremes of the model''s years as text' {
            $t = Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Name n -Owner $owner -Created '0001-01-01T00:00:00Z' -ExpirationDate '9999-12-31T23:59:59.999Z'
            $t | ConvertTo-V2024Json -Compress | Should -Match '"created":"0001-01-01T00:00:00.000Z".*"expirationDate":"9999-12-31T23:59:59.999Z"'
        }

        It 'reads text dates of hashtables given to ConvertTo-V2024Json the same way' {
            $hash = @{ id = 'i'; secret = 's'; scope = $null; name = 'n'; owner = @{ type = 'IDENTITY'; id = '2c9180a46faadee4016fb4e018c20639'; name = 'Support' }
                created = '2017-07-11T18:45:37.098Z'; accessTokenValiditySeconds = 43200; expirationDate = $expiresAt }
            $hash | ConvertTo-V2024Json -Compress | Should -BeExactly $bothTyped
        }
    }

    Context 'Pipeline input by property name' {
        It 'round-trips the canonical JSON through ConvertFrom-Json' {
            $CanonicalJson | ConvertFrom-Json | Initialize-V2024CreatePersonalAccessTokenResponse | ConvertTo-V2024Json -Compress | Should -BeExactly $CanonicalJson
        }

        It 'binds several objects, each with its own values and defaults' {
            $inputs = @(
                [pscustomobject]@{ id = 'a'; secret = 's1'; name = 'A'; owner = @{ type = 'IDENTITY'; id = 'o'; name = 'O' }; created = '2017-07-11T18:45:37.098Z'; accessTokenValiditySeconds = 60 }
                [pscustomobject]@{ id = 'b'; secret = 's2'; name = 'B'; owner = @{ type = 'IDENTITY'; id = 'o'; name = 'O' }; created = '2018-01-01T00:00:00Z' }
            )
            $out = $inputs | Initialize-V2024CreatePersonalAccessTokenResponse
            $out.Count | Should -Be 2
            $out[0].Id | Should -Be 'a'
            $out[0].AccessTokenValiditySeconds | Should -Be 60
            $out[1].Id | Should -Be 'b'
            $out[1].AccessTokenValiditySeconds | Should -Be 43200
        }

        It 'keeps an expirationDate from the JSON' {
            $json = $CanonicalJson.TrimEnd('}') + ',"expirationDate":"2018-07-11T18:45:37.098Z"}'
            $json | ConvertFrom-Json | Initialize-V2024CreatePersonalAccessTokenResponse | ConvertTo-V2024Json -Compress | Should -BeExactly $json
        }
    }
}
