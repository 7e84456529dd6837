# The example scripts under examples/powershell run against the built module.
BeforeAll { . (Join-Path $PSScriptRoot 'TestSetup.ps1') }

Describe 'examples/powershell/files-errors-credentials.ps1' {
    It 'runs and reports what it shows' {
        $script = Join-Path $RepoRoot 'examples/powershell/files-errors-credentials.ps1'
        $out = & $script -ModulePath $ModulePath 6>&1 | Out-String
        $out | Should -Match 'line by line: 3 tokens'
        $out | Should -Match 'JSON Lines: 2 read, 1 refused: IscPat\.InvalidOwnerType'
        $out | Should -Match 'PatException Code=InvalidOwnerType Field=owner\.type'
        $out | Should -Match 'validated again: name: must not be empty'
        $out | Should -Match 'UserName=00000000000000000000000000000003, Password is a SecureString'
    }
}
