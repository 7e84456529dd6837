BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $token = New-DocumentedToken
}

Describe 'ConvertTo-V2024Json' {
    It 'has exactly the parameters InputObject, Compress and AsArray' {
        Get-OwnParameter ConvertTo-V2024Json | Should -Be @('AsArray', 'Compress', 'InputObject')
        (Get-Command ConvertTo-V2024Json).Parameters.InputObject.Attributes.Where({ $_ -is [Parameter] }).ValueFromPipeline | Should -BeTrue
        (Get-Command ConvertTo-V2024Json).OutputType.Type | Should -Be ([string])
    }

    It 'indents with two spaces by default, like ConvertTo-Json' {
        $text = $token | ConvertTo-V2024Json
        $text | Should -BeLike "{`n  `"id`": `"86f1dc6fe8f54414950454cbb11278fa`",`n*"
        ConvertTo-NormalJson $text | Should -BeExactly (ConvertTo-NormalJson $CanonicalJson)
    }

    It 'validates against the JSON schema of the spec' {
        $SchemaPath | Should -Exist
        Test-Json -Json ($token | ConvertTo-V2024Json -Compress) -SchemaFile $SchemaPath | Should -BeTrue
        Test-Json -Json ($token | ConvertTo-V2024Json) -SchemaFile $SchemaPath | Should -BeTrue
    }

    It 'writes one JSON array for several piped objects' {
        $text = $token, $token, $token | ConvertTo-V2024Json -Compress
        @($text).Count | Should -Be 1
        $text | Should -BeExactly "[$CanonicalJson,$CanonicalJson,$CanonicalJson]"
        $indented = $token, $token | ConvertTo-V2024Json
        $parsed = $indented | ConvertFrom-Json -NoEnumerate
        $parsed.Count | Should -Be 2
        ConvertTo-NormalJson $indented | Should -BeExactly (ConvertTo-NormalJson "[$CanonicalJson,$CanonicalJson]")
    }

    It 'writes an array for one object with -AsArray, and for a list given by name' {
        $token | ConvertTo-V2024Json -Compress -AsArray | Should -BeExactly "[$CanonicalJson]"
        ConvertTo-V2024Json -InputObject @($token) -Compress | Should -BeExactly "[$CanonicalJson]"
    }

    It 'serializes owners' {
        New-DocumentedOwner | ConvertTo-V2024Json -Compress | Should -BeExactly '{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"}'
    }

    It 'accepts a plain object of the same shape (from ConvertFrom-Json)' {
        $CanonicalJson | ConvertFrom-Json | ConvertTo-V2024Json -Compress | Should -BeExactly $CanonicalJson
    }

    It 'serializes an edited object with its new values' {
        $copy = $CanonicalJson | ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse
        $copy.name = 'Renamed'
        $copy | ConvertTo-V2024Json -Compress | Should -BeExactly $CanonicalJson.Replace('NodeJS Integration', 'Renamed')
    }

    It 'validates an edited object again and outputs nothing when one is invalid' {
        $bad = $CanonicalJson | ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse
        $bad.accessTokenValiditySeconds = 0
        $out = [System.Collections.Generic.List[object]]::new()
        $record = $null
        try { $token, $bad | ConvertTo-V2024Json | ForEach-Object { $out.Add($_) } } catch { $record = $_ }
        $out.Count | Should -Be 0
        $record.FullyQualifiedErrorId | Should -BeExactly 'IscPat.OutOfRange,IscPat.Commands.ConvertToJsonCommand'
        $record.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $record.Exception.Message | Should -BeLike 'accessTokenValiditySeconds:*'
        $record.Exception.Message | Should -Not -Match $DocumentedSecret
    }

    It 'rejects objects that are neither response nor owner' {
        { 'text' | ConvertTo-V2024Json } | Should -Throw -ErrorId 'IscPat.WrongType,IscPat.Commands.ConvertToJsonCommand'
        { Get-Item $PSScriptRoot | ConvertTo-V2024Json } | Should -Throw -ErrorId 'IscPat.WrongType,IscPat.Commands.ConvertToJsonCommand'
    }
}
