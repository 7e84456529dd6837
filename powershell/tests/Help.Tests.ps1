BeforeDiscovery {
    # Every exported command, so that a new command cannot go without help.
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $commands = @((Get-Module IscPat).ExportedCmdlets.Keys | Sort-Object)
}

BeforeAll { . (Join-Path $PSScriptRoot 'TestSetup.ps1') }

Describe 'Help of <_>' -ForEach $commands {
    BeforeAll {
        $name = $_
        $help = Get-Help $name -Full
    }

    It 'has a synopsis' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -BeLike "*$name*"   # without help, the synopsis is the syntax
    }

    It 'has a description' {
        ($help.Description.Text -join ' ') | Should -Not -BeNullOrEmpty
    }

    It 'has at least one example with code and remarks' {
        @($help.Examples.Example).Count | Should -BeGreaterThan 0
        foreach ($example in $help.Examples.Example) {
            $example.Code | Should -Not -BeNullOrEmpty
            ($example.Remarks.Text -join '') | Should -Not -BeNullOrEmpty
        }
    }

    It 'documents every parameter' {
        $documented = @($help.Parameters.Parameter | Where-Object { ($_.Description.Text -join '').Trim() })
        @($documented.Name | Sort-Object) | Should -Be (Get-OwnParameter $name)
    }

    It 'names readable types for its parameters (no Nullable`1, no bare Object)' {
        foreach ($parameter in $help.Parameters.Parameter) {
            if ($parameter.Name -in 'Strict', 'Compress', 'AsArray') { continue }
            $shown = "$($parameter.parameterValue) $($parameter.type.name)"
            $shown | Should -Not -Match '`|Nullable|^Object\b' -Because "-$($parameter.Name) shows '$shown'"
        }
        (Get-Help $name -Full | Out-String -Width 300) | Should -Not -Match 'Nullable`|\[System\.Nullable'
    }

    It 'has the about_IscPat topic among its related links or a note that names it' {
        ((Get-Help $name -Full | Out-String -Width 300) -match 'about_IscPat') | Should -BeTrue
    }
}

Describe 'Readable parameter types' {
    It '<Command> -<Parameter> shows <Shown>' -ForEach @(
        @{ Command = 'Initialize-V2024CreatePersonalAccessTokenResponse'; Parameter = 'AccessTokenValiditySeconds'; Shown = 'Int64' }
        @{ Command = 'Initialize-V2024CreatePersonalAccessTokenResponse'; Parameter = 'Secret'; Shown = 'SecureString' }
        @{ Command = 'Initialize-V2024CreatePersonalAccessTokenResponse'; Parameter = 'Owner'; Shown = 'V2024PatOwner | Hashtable | PSCustomObject' }
        @{ Command = 'Initialize-V2024CreatePersonalAccessTokenResponse'; Parameter = 'Created'; Shown = 'DateTime | DateTimeOffset | String' }
        @{ Command = 'Initialize-V2024CreatePersonalAccessTokenResponse'; Parameter = 'Scope'; Shown = 'String[]' }
        @{ Command = 'ConvertTo-V2024PatCredential'; Parameter = 'InputObject'; Shown = 'V2024CreatePersonalAccessTokenResponse | Hashtable | PSCustomObject' }
    ) {
        (Get-Help $Command -Parameter $Parameter).parameterValue | Should -BeExactly $Shown
        $inSyntax = @((Get-Help $Command).syntax.syntaxItem.parameter | Where-Object name -EQ $Parameter)[0]
        $inSyntax.parameterValue | Should -BeExactly $Shown
    }
}

Describe 'The about_IscPat topic' {
    BeforeAll { $about = Get-Help about_IscPat | Out-String -Width 200 }

    It 'is found by Get-Help' {
        $about | Should -Match 'TOPIC\s+about_IscPat'
    }

    It 'covers <_>' -ForEach 'THE MODEL', 'SECRETS', 'ERRORS', "THE SDK'S NAMES", 'THE OBJECTS AND EDITS', 'NEWER SDKS NEED expirationDate' {
        $about | Should -Match ([regex]::Escape($_))
    }

    It 'names the error record parts and the one exception type' {
        $about | Should -Match 'FullyQualifiedErrorId'
        $about | Should -Match 'catch \[IdentitySecurityCloud\.PersonalAccessTokens\.PatException\]'
        $about | Should -Not -Match 'PatInputException'
    }
}

Describe 'What newer SDKs need: expirationDate' {
    It 'is said in <Where>' -ForEach @(
        @{ Where = 'the help of -ExpirationDate'; Text = { (Get-Help Initialize-V2024CreatePersonalAccessTokenResponse -Parameter ExpirationDate).Description.Text -join ' ' } }
        @{ Where = 'about_IscPat'; Text = { Get-Help about_IscPat | Out-String -Width 200 } }
        @{ Where = 'the PowerShell section of README.md'; Text = { $readme = Get-Content -Raw (Join-Path $RepoRoot 'README.md'); if ($readme -match '(?ms)^## PowerShell.*?(?=^## )') { $Matches[0] } else { '' } } }
    ) {
        $text = (& $Text) -replace '\s+', ' '
        $text | Should -Match 'Python SDK from 1\.3\.7'
        $text | Should -Match 'expirationDate'
        $text | Should -Match 'required'
        $text | Should -Match 'null'
        $text | Should -Match 'optional'
    }
}

Describe 'The documented example in the help' {
    It 'is the first example of Initialize-V2024CreatePersonalAccessTokenResponse, and it runs' {
        $example = @((Get-Help Initialize-V2024CreatePersonalAccessTokenResponse -Full).Examples.Example)[0]
        $example.Code | Should -Match '-AccessTokenValiditySeconds 36900'
        $json = & ([scriptblock]::Create($example.Code))
        ConvertTo-NormalJson ($json -join "`n") | Should -BeExactly (ConvertTo-NormalJson ($CanonicalJson.TrimEnd('}') + ',"expirationDate":"2018-01-11T18:45:37.098Z"}'))
    }
}
