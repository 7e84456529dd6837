BeforeDiscovery {
    $commands = @(
        'Initialize-V2024CreatePersonalAccessTokenResponse', 'Initialize-V2024PatOwner',
        'ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse', 'ConvertFrom-V2024JsonToPatOwner', 'ConvertTo-V2024Json')
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
}

Describe 'The documented example in the help' {
    It 'is the first example of Initialize-V2024CreatePersonalAccessTokenResponse, and it runs' {
        $example = @((Get-Help Initialize-V2024CreatePersonalAccessTokenResponse -Full).Examples.Example)[0]
        $example.Code | Should -Match '-AccessTokenValiditySeconds 36900'
        $json = & ([scriptblock]::Create($example.Code))
        ConvertTo-NormalJson ($json -join "`n") | Should -BeExactly (ConvertTo-NormalJson $CanonicalJson)
    }
}
