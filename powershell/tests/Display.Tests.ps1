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

    It 'does not hide the secret from Format-List * (documented)' {
        $token | Format-List * | Out-String -Width 200 | Should -Match $DocumentedSecret
    }
}
