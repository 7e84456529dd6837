BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $ParseClass = 'IscPat.Commands.ConvertFromIscPatV2024JsonToCreatePersonalAccessTokenResponseCommand'
    # Three different responses: the documented one, one with a null scope and
    # an expiration date, one with a short validity and non-ASCII text.
    function New-ThreeTokens {
        New-DocumentedToken
        Initialize-V2024CreatePersonalAccessTokenResponse -Id second -Secret 'second-secret' -Scope $null -Name 'Second' -Owner (New-DocumentedOwner) -Created '2020-02-29T23:59:59.999+01:00' -AccessTokenValiditySeconds 60 -ExpirationDate '2031-01-01T00:00:00Z'
        Initialize-V2024CreatePersonalAccessTokenResponse -Id third -Secret 'third-secret' -Scope @() -Name 'Zoë 😀' -Owner @{ type = 'IDENTITY'; id = 'o3'; name = '' } -Created '2001-01-01T00:00:00Z' -AccessTokenValiditySeconds 1
    }
    $BadOwnerType = $CanonicalJson.Replace('"type":"IDENTITY"', '"type":"identity"')
    $ExtraKey = $CanonicalJson.Replace('"id":"86f1dc6fe8f54414950454cbb11278fa",', '"id":"86f1dc6fe8f54414950454cbb11278fa","newField":[1,{"a":null}],')
}

Describe 'ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse with a JSON array' {
    It 'reads back the array ConvertTo-V2024Json writes for 3 piped objects (<Form>)' -ForEach @(
        @{ Form = 'indented'; Compress = $false }
        @{ Form = 'compact'; Compress = $true }
    ) {
        $many = @(New-ThreeTokens)
        $text = $many | ConvertTo-V2024Json -Compress:$Compress
        @($text).Count | Should -Be 1
        $text.TrimStart() | Should -BeLike '`[*'
        $back = @($text | ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse)
        $back.Count | Should -Be 3
        for ($i = 0; $i -lt 3; $i++) {
            $back[$i].PSObject.TypeNames[0] | Should -Be 'IscPat.V2024CreatePersonalAccessTokenResponse'
            $back[$i] | ConvertTo-V2024Json -Compress | Should -BeExactly ($many[$i] | ConvertTo-V2024Json -Compress)
            $back[$i].secret | Should -BeExactly $many[$i].secret
        }
        $null -eq $back[1].scope | Should -BeTrue
        $back[1].expirationDate | Should -Be ([datetime]::new(2031, 1, 1, 0, 0, 0, [DateTimeKind]::Utc))
        $back[2].name | Should -BeExactly 'Zoë 😀'
        $back | ConvertTo-V2024Json -Compress:$Compress | Should -BeExactly $text
    }

    It 'gives the same objects for an item as the item parsed alone' {
        $items = @(New-ThreeTokens | ForEach-Object { $_ | ConvertTo-V2024Json -Compress })
        $fromArray = @(ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json ("`r`n`t [" + ($items -join ', ') + ']'))
        $fromArray.Count | Should -Be 3
        for ($i = 0; $i -lt 3; $i++) {
            $alone = ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $items[$i]
            ($fromArray[$i] | ConvertTo-Json -Depth 5) | Should -BeExactly ($alone | ConvertTo-Json -Depth 5)
        }
    }

    It 'outputs nothing for an empty array' {
        @(ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json ' [ ] ').Count | Should -Be 0
    }

    It 'outputs one object per item of each piped array, and one per piped object' {
        $out = @("[$CanonicalJson]", $CanonicalJson, "[$CanonicalJson,$CanonicalJson]" | ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse)
        $out.Count | Should -Be 4
    }

    It 'still parses a single object' {
        $token = ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json " `n$CanonicalJson"
        @($token).Count | Should -Be 1
        $token | ConvertTo-V2024Json -Compress | Should -BeExactly $CanonicalJson
    }

    It 'names the item in an error: item 2 of 3 is [1] (and outputs nothing)' {
        $failure = Get-Failure { ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json "[$CanonicalJson,$BadOwnerType,$CanonicalJson]" }
        $failure.Output | Should -BeNullOrEmpty
        $failure.Record.FullyQualifiedErrorId | Should -BeExactly "IscPat.InvalidOwnerType,$ParseClass"
        $failure.Record.CategoryInfo.Category | Should -Be 'InvalidData'
        $failure.Record.TargetObject | Should -BeExactly '[1].owner.type'
        $failure.Record.Exception.Message | Should -BeLike '`[1`].owner.type: *'
        $failure.Record.Exception.Message | Should -Not -Match $DocumentedSecret
        ($failure.Record | Out-String) | Should -Not -Match $DocumentedSecret
    }

    It 'refuses an array whose item is not an object, naming the item' {
        $failure = Get-Failure { "[$CanonicalJson,42]" | ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse }
        $failure.Record.FullyQualifiedErrorId | Should -BeExactly "IscPat.WrongType,$ParseClass"
        $failure.Record.TargetObject | Should -BeExactly '[1]'
    }

    It 'applies -Strict to every item' {
        $array = "[$CanonicalJson,$ExtraKey]"
        $lenient = @(ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $array)
        $lenient.Count | Should -Be 2
        $lenient[1] | ConvertTo-V2024Json -Compress | Should -BeExactly $CanonicalJson
        $failure = Get-Failure { ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $array -Strict }
        $failure.Output | Should -BeNullOrEmpty
        $failure.Record.FullyQualifiedErrorId | Should -BeExactly "IscPat.UnknownKey,$ParseClass"
        $failure.Record.TargetObject | Should -BeExactly '[1].newField'
        $failure.Record.Exception.Message | Should -BeLike '`[1`].newField: *'
    }
}

Describe 'ConvertTo-V2024Json arrays and the binding' {
    It 'writes the same bytes as the binding''s array writer (<Form>)' -ForEach @(
        @{ Form = 'indented'; Compress = $false; Method = 'ToIndentedJson' }
        @{ Form = 'compact'; Compress = $true; Method = 'ToJson' }
    ) {
        $many = @(New-ThreeTokens)
        $text = $many | ConvertTo-V2024Json -Compress:$Compress
        $type = [IdentitySecurityCloud.PersonalAccessTokens.CreatePersonalAccessTokenResponse]
        $native = $type::ParseList($text)
        try {
            $list = [System.Collections.Generic.List[IdentitySecurityCloud.PersonalAccessTokens.CreatePersonalAccessTokenResponse]]::new()
            foreach ($item in $native) { $list.Add($item) }
            $type::$Method($list) | Should -BeExactly $text
        } finally {
            foreach ($item in $native) { $item.Dispose() }
        }
    }
}

Describe 'The array example in the help of ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse' {
    It 'runs and reads back every object' {
        $example = @((Get-Help ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Full).Examples.Example |
            Where-Object { $_.Title -match 'JSON array' })
        $example.Count | Should -Be 1
        $many = @(New-ThreeTokens)
        Push-Location TestDrive:
        try {
            $count = & ([scriptblock]::Create($example[0].Code))
            $again = Get-Content -Raw ./tokens.json | ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse
        } finally {
            Pop-Location
        }
        $count | Should -Be 3
        ($again | ConvertTo-V2024Json -Compress) | Should -BeExactly ($many | ConvertTo-V2024Json -Compress)
    }
}
