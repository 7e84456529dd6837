BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $token = New-DocumentedToken
}

Describe 'Default display masks the secret' {
    It 'in <Case>' -ForEach @(
        @{ Case = 'the default view'; Render = { $token | Out-String -Width 200 } }
        @{ Case = 'Format-Table'; Render = { $token | Format-Table | Out-String -Width 200 } }
        @{ Case = 'Format-List'; Render = { $token | Format-List | Out-String -Width 200 } }
        @{ Case = 'string expansion'; Render = { "$token" } }
    ) {
        $text = & $Render
        $text | Should -Not -Match $DocumentedSecret
        $text | Should -Match '\*{8}'
        $text | Should -Match '86f1dc6fe8f54414950454cbb11278fa'
    }

    It 'shows the other fields in the list view' {
        $text = $token | Format-List | Out-String -Width 200
        $text | Should -Match 'NodeJS Integration'
        $text | Should -Match 'Support'
        $text | Should -Match '2017-07-11T18:45:37.098Z'
        $text | Should -Match '36900'
    }

    It 'leaves the hidden secret out of <Case>, which have no view' -ForEach @(
        @{ Case = 'Format-List *'; Render = { $token | Format-List * | Out-String -Width 200 } }
        @{ Case = 'Format-Table *'; Render = { $token | Format-Table * | Out-String -Width 400 } }
        @{ Case = 'Select-Object *'; Render = { $token | Select-Object * | Out-String -Width 200 } }
        @{ Case = 'Export-Csv (ConvertTo-Csv)'; Render = { ($token | ConvertTo-Csv) -join "`n" } }
        @{ Case = 'Get-Member'; Render = { $token | Get-Member | Out-String -Width 200 } }
    ) {
        $text = & $Render
        $text | Should -Not -Match $DocumentedSecret
        $text | Should -Match 'accessTokenValiditySeconds'
    }

    It 'gives the secret by name, to Get-Member -Force, and in the JSON' {
        $token.secret | Should -BeExactly $DocumentedSecret
        ($token | Get-Member -Force -Name secret).Name | Should -Be 'secret'
        ($token | ConvertTo-Json -Compress) | Should -Match $DocumentedSecret
    }
}

Describe 'The display views' {
    It 'are not loaded by Import-Module, and are loaded by the first command that outputs an object' {
        $modulePath = $ModulePath
        $counts = Start-ThreadJob {
            Import-Module $using:modulePath
            @(Get-FormatData IscPat.V2024CreatePersonalAccessTokenResponse).Count
            $null = Initialize-V2024PatOwner -Id o -Name n
            @(Get-FormatData IscPat.V2024CreatePersonalAccessTokenResponse).Count
            @(Get-FormatData IscPat.V2024PatOwner).Count
        } | Receive-Job -Wait -AutoRemoveJob
        $counts | Should -Be @(0, 1, 1)
    }

    It 'do not leave the secret in a response built before any command ran' {
        $modulePath = $ModulePath
        $text = Start-ThreadJob {
            Import-Module $using:modulePath
            [IscPat.V2024CreatePersonalAccessTokenResponse]@{ id = 'i'; secret = 'Early-Secret-0123'; name = 'n' } | Out-String
        } | Receive-Job -Wait -AutoRemoveJob
        $text | Should -Not -Match 'Early-Secret-0123'
        $text | Should -Match 'accessTokenValiditySeconds'
    }
}
