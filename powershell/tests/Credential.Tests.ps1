# Credentials the PowerShell way: -Secret takes a [securestring], and
# ConvertTo-V2024PatCredential gives a response as a [pscredential]
# (user name = token id, password = the secret as a SecureString).
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $Owner = @{ type = 'IDENTITY'; id = '2c9180a46faadee4016fb4e018c20639'; name = 'Support' }
    function Get-Plain([securestring] $Secure) { [System.Net.NetworkCredential]::new('', $Secure).Password }
}

Describe '-Secret as a [securestring]' {
    It 'makes the same token as the text' {
        $secure = ConvertTo-SecureString $DocumentedSecret -AsPlainText -Force
        $token = Initialize-V2024CreatePersonalAccessTokenResponse -Id 86f1dc6fe8f54414950454cbb11278fa -Secret $secure -Scope 'demo:personal-access-token-scope:first', 'demo:personal-access-token-scope:second' -Name 'NodeJS Integration' -Owner $Owner -Created '2017-07-11T18:45:37.098Z' -AccessTokenValiditySeconds 36900
        $token | ConvertTo-V2024Json -Compress | Should -BeExactly $CanonicalJson
        $token.secret | Should -BeExactly $DocumentedSecret
    }

    It 'binds from a piped object''s secret property' {
        $item = [pscustomobject]@{ id = 'i'; secret = (ConvertTo-SecureString 'from-pipe' -AsPlainText -Force); name = 'n'; owner = $Owner; created = '2017-07-11T18:45:37.098Z' }
        ($item | Initialize-V2024CreatePersonalAccessTokenResponse).secret | Should -BeExactly 'from-pipe'
    }

    It 'refuses an empty [securestring] as an empty secret' {
        { Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret ([securestring]::new()) -Name n -Owner $Owner -Created '2017-07-11T18:45:37.098Z' -ErrorAction Stop } |
            Should -Throw -ErrorId 'IscPat.EmptyField,IscPat.Commands.InitializeIscPatV2024CreatePersonalAccessTokenResponseCommand'
    }

    It 'refuses a value that is neither text nor a [securestring], without quoting it' {
        $failure = Get-Failure { Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret 123456 -Name n -Owner $Owner -Created '2017-07-11T18:45:37.098Z' -ErrorAction Stop }
        $failure.Record.FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentTransformationError,*'
        $failure.Record.Exception.Message | Should -BeLike '*secret: expected text or a `[securestring`]*'
        $failure.Record.Exception.Message | Should -Not -Match '123456'
    }
}

Describe 'ConvertTo-V2024PatCredential' {
    It 'gives user name = token id and password = the secret, from <Case>' -ForEach @(
        @{ Case = 'Initialize-V2024CreatePersonalAccessTokenResponse'; Token = { New-DocumentedToken } }
        @{ Case = 'ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse'; Token = { ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $CanonicalJson } }
        @{ Case = 'a PSCustomObject from ConvertFrom-Json'; Token = { $CanonicalJson | ConvertFrom-Json } }
        @{ Case = 'an edited object'; Token = { $t = New-DocumentedToken; $t.name = 'Renamed'; $t } }
    ) {
        $credential = & $Token | ConvertTo-V2024PatCredential
        $credential | Should -BeOfType ([pscredential])
        $credential.UserName | Should -BeExactly '86f1dc6fe8f54414950454cbb11278fa'
        $credential.Password | Should -BeOfType ([securestring])
        $credential.Password.IsReadOnly() | Should -BeTrue
        Get-Plain $credential.Password | Should -BeExactly $DocumentedSecret
        $credential.GetNetworkCredential().Password | Should -BeExactly $DocumentedSecret
    }

    It 'gives one credential per piped response' {
        $tokens = ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json "[$CanonicalJson,$($CanonicalJson.Replace('86f1dc6fe8f54414950454cbb11278fa', 'second'))]"
        ($tokens | ConvertTo-V2024PatCredential).UserName | Should -Be @('86f1dc6fe8f54414950454cbb11278fa', 'second')
    }

    It 'does not show the secret in its display' {
        $text = New-DocumentedToken | ConvertTo-V2024PatCredential | Out-String
        $text | Should -Not -Match $DocumentedSecret
    }

    It 'validates an edited response' {
        $token = New-DocumentedToken
        $token.secret = ''
        { $token | ConvertTo-V2024PatCredential -ErrorAction Stop } | Should -Throw -ErrorId 'IscPat.EmptyField,IscPat.Commands.ConvertToCredentialCommand'
    }

    It 'refuses an owner' {
        $failure = Get-Failure { New-DocumentedOwner | ConvertTo-V2024PatCredential -ErrorAction Stop }
        $failure.Record.FullyQualifiedErrorId | Should -BeExactly 'IscPat.WrongType,IscPat.Commands.ConvertToCredentialCommand'
        $failure.Record.Exception.Field | Should -Be 'InputObject'
    }

    It 'uses an approved verb' {
        (Get-Verb -Verb (Get-Command ConvertTo-V2024PatCredential).Verb) | Should -Not -BeNullOrEmpty
    }
}
