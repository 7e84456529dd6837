# The cmdlets in separate runspaces at once (the thread-safety note of the
# help): eight ForEach-Object -Parallel runspaces, each importing the built
# module and running 500 Initialize | ConvertTo-V2024Json -Compress rounds,
# plus a parse round trip. Every output must be the canonical JSON.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'The thread-safety note of the help' {
    It 'is in the notes of <_>' -ForEach @(
        'Initialize-V2024CreatePersonalAccessTokenResponse', 'Initialize-V2024PatOwner',
        'ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse', 'ConvertFrom-V2024JsonToPatOwner', 'ConvertTo-V2024Json',
        'ConvertTo-V2024PatCredential'
    ) {
        $notes = (Get-Help $_ -Full).alertSet.alert.Text -join ' '
        $notes | Should -Match 'Thread safety: the objects these commands output are \.NET objects of the module'
        $notes | Should -Match 'ForEach-Object -Parallel'
    }
}

Describe 'The cmdlets in concurrent runspaces' {
    It 'give the canonical JSON 8 x 500 times under ForEach-Object -Parallel -ThrottleLimit 8' {
        $modulePath = $ModulePath
        $results = 1..8 | ForEach-Object -ThrottleLimit 8 -Parallel {
            Import-Module $using:modulePath
            $worker = $_
            1..500 | ForEach-Object {
                $owner = Initialize-V2024PatOwner -Type IDENTITY -Id 2c9180a46faadee4016fb4e018c20639 -Name Support
                $json = Initialize-V2024CreatePersonalAccessTokenResponse -Id 86f1dc6fe8f54414950454cbb11278fa -Secret 1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9 -Scope 'demo:personal-access-token-scope:first', 'demo:personal-access-token-scope:second' -Name 'NodeJS Integration' -Owner $owner -Created '2017-07-11T18:45:37.098Z' -AccessTokenValiditySeconds 36900 |
                    ConvertTo-V2024Json -Compress
                [pscustomobject]@{
                    Worker   = $worker
                    Runspace = [runspace]::DefaultRunspace.InstanceId
                    Thread   = [System.Threading.Thread]::CurrentThread.ManagedThreadId
                    Json     = $json
                    Parsed   = ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $json -Strict | ConvertTo-V2024Json -Compress
                }
            }
        }

        $results.Count | Should -Be 4000
        @($results | Where-Object { $_.Json -cne $CanonicalJson }).Count | Should -Be 0
        @($results | Where-Object { $_.Parsed -cne $CanonicalJson }).Count | Should -Be 0
        @($results.Worker | Sort-Object -Unique).Count | Should -Be 8
        # Eight runspaces really ran: not one runspace doing all the work.
        @($results.Runspace | Sort-Object -Unique).Count | Should -Be 8
        @($results.Runspace | Where-Object { $_ -eq [runspace]::DefaultRunspace.InstanceId }).Count | Should -Be 0
    }

    It 'give each runspace its own plain PSObjects (no shared state between outputs)' {
        $modulePath = $ModulePath
        $tokens = 1..4 | ForEach-Object -ThrottleLimit 4 -Parallel {
            Import-Module $using:modulePath
            $n = $_
            1..50 | ForEach-Object {
                Initialize-V2024CreatePersonalAccessTokenResponse -Id "id-$n-$_" -Secret "secret-$n-$_" -Name "name-$n-$_" -Owner @{ type = 'IDENTITY'; id = "owner-$n"; name = '' } -Created '2017-07-11T18:45:37.098Z'
            }
        }
        $tokens.Count | Should -Be 200
        foreach ($token in $tokens) {
            $token.id -match '^id-(\d)-(\d+)$' | Should -BeTrue
            $token.secret | Should -BeExactly "secret-$($Matches[1])-$($Matches[2])"
            $token.name | Should -BeExactly "name-$($Matches[1])-$($Matches[2])"
            $token.owner.id | Should -BeExactly "owner-$($Matches[1])"
        }
        @($tokens | Select-Object -ExpandProperty id -Unique).Count | Should -Be 200
    }
}
