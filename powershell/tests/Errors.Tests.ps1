BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $Secret = 'TopSecretValue-9f8e7d6c5b4a'
    $Owner = @{ type = 'IDENTITY'; id = '2c9180a46faadee4016fb4e018c20639'; name = 'Support' }
    $InitializeClass = 'IscPat.Commands.InitializeIscPatV2024CreatePersonalAccessTokenResponseCommand'
    $ParseClass = 'IscPat.Commands.ConvertFromIscPatV2024JsonToCreatePersonalAccessTokenResponseCommand'
    # Valid arguments; each case overrides one of them.
    function Invoke-Initialize([hashtable] $Override, [string] $ErrorAction = 'Stop') {
        $arguments = @{ Id = 'i'; Secret = $Secret; Scope = @('a'); Name = 'n'; Owner = $Owner; Created = '2017-07-11T18:45:37.098Z' }
        foreach ($key in $Override.Keys) { $arguments[$key] = $Override[$key] }
        Initialize-V2024CreatePersonalAccessTokenResponse @arguments -ErrorAction $ErrorAction
    }
}

Describe 'Invalid parameters of Initialize-V2024CreatePersonalAccessTokenResponse' {
    It '<Case> fails with IscPat.<Status> naming <Field>' -ForEach @(
        @{ Case = 'empty id'; Override = @{ Id = '' }; Status = 'EmptyField'; Field = 'id' }
        @{ Case = 'empty secret'; Override = @{ Secret = '' }; Status = 'EmptyField'; Field = 'secret' }
        @{ Case = 'empty name'; Override = @{ Name = '' }; Status = 'EmptyField'; Field = 'name' }
        @{ Case = 'validity 0'; Override = @{ AccessTokenValiditySeconds = 0 }; Status = 'OutOfRange'; Field = 'accessTokenValiditySeconds' }
        @{ Case = 'validity -1'; Override = @{ AccessTokenValiditySeconds = -1 }; Status = 'OutOfRange'; Field = 'accessTokenValiditySeconds' }
        @{ Case = 'validity 2147483648'; Override = @{ AccessTokenValiditySeconds = 2147483648 }; Status = 'OutOfRange'; Field = 'accessTokenValiditySeconds' }
        @{ Case = 'created without zone'; Override = @{ Created = '2017-07-11T18:45:37.098' }; Status = 'InvalidDate'; Field = 'created' }
        @{ Case = 'created 30 February'; Override = @{ Created = '2017-02-30T00:00:00Z' }; Status = 'InvalidDate'; Field = 'created' }
        @{ Case = 'created as words'; Override = @{ Created = 'yesterday' }; Status = 'InvalidDate'; Field = 'created' }
        @{ Case = 'created as a number'; Override = @{ Created = 5 }; Status = 'WrongType'; Field = 'created: expected a [[]datetime[]]' }
        @{ Case = 'created $null'; Override = @{ Created = $null }; Status = 'MissingField'; Field = 'created: no date was given' }
        @{ Case = 'expirationDate without time'; Override = @{ ExpirationDate = '2017-07-11' }; Status = 'InvalidDate'; Field = 'expirationDate' }
        @{ Case = 'owner type in lower case'; Override = @{ Owner = @{ type = 'identity'; id = 'o'; name = 'x' } }; Status = 'InvalidOwnerType'; Field = 'owner.type' }
        @{ Case = 'owner type USER'; Override = @{ Owner = @{ type = 'USER'; id = 'o'; name = 'x' } }; Status = 'InvalidOwnerType'; Field = 'owner.type' }
        @{ Case = 'owner without id'; Override = @{ Owner = @{ type = 'IDENTITY'; name = 'x' } }; Status = 'MissingField'; Field = 'owner.id' }
        @{ Case = 'owner with empty id'; Override = @{ Owner = @{ type = 'IDENTITY'; id = ''; name = 'x' } }; Status = 'EmptyField'; Field = 'owner.id' }
        @{ Case = 'owner as the text null (the documented example)'; Override = @{ Owner = 'null' }; Status = 'WrongType'; Field = "owner: 'null' is not an owner; use (Initialize-...PatOwner" }
        @{ Case = 'owner $null'; Override = @{ Owner = $null }; Status = 'MissingField'; Field = 'owner: no owner was given' }
        @{ Case = 'owner as a number'; Override = @{ Owner = 42 }; Status = 'WrongType'; Field = 'owner' }
    ) {
        $failure = Get-Failure { Invoke-Initialize $Override }
        $failure.Output | Should -BeNullOrEmpty
        $failure.Record.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failure.Record.FullyQualifiedErrorId | Should -BeExactly "IscPat.$Status,$InitializeClass"
        $failure.Record.Exception.Message | Should -BeLike "$Field*"
        $failure.Record.Exception.Message | Should -Not -Match $Secret
        ($failure.Record | Out-String) | Should -Not -Match $Secret
    }

    It 'masks the secret when it is passed where another value belongs' {
        $failure = Get-Failure { Invoke-Initialize @{ Owner = $Secret } }
        $failure.Record.Exception.Message | Should -BeLike "owner: '********' is not an owner*"
        $failure.Record.Exception.Message | Should -Not -Match $Secret
    }

    It 'is caught by try/catch under -ErrorAction Stop' {
        { Initialize-V2024PatOwner -Id '' -Name x -ErrorAction Stop } | Should -Throw -ErrorId 'IscPat.EmptyField,IscPat.Commands.InitializeIscPatV2024PatOwnerCommand'
    }

    It 'is non-terminating: under -ErrorAction SilentlyContinue the script goes on, with no output' {
        $out = try { Initialize-V2024PatOwner -Id '' -Name x -ErrorAction SilentlyContinue; 'continued' } catch { 'caught' }
        $out | Should -Be 'continued'
    }

    It 'reports the documented call with an unquoted two-word name as a positional-parameter error' {
        $failure = Get-Failure {
            Initialize-PSSailpoint.V2024CreatePersonalAccessTokenResponse -Id 86f1dc6fe8f54414950454cbb11278fa -Secret 1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9 -Scope [demo:personal-access-token-scope:first, demo:personal-access-token-scope:second] -Name NodeJS Integration -Owner null -Created 2017-07-11T18:45:37.098Z -AccessTokenValiditySeconds 36900
        }
        $failure.Record.FullyQualifiedErrorId | Should -BeExactly "PositionalParameterNotFound,$InitializeClass"
        $failure.Record.Exception.Message | Should -BeLike "*cannot be found that accepts argument 'Integration'*"
    }

    It 'reports a piped object without an owner through the parameter binder' {
        $failure = Get-Failure { [pscustomobject]@{ id = 'i'; secret = $Secret; name = 'n'; created = '2017-07-11T18:45:37.098Z' } | Initialize-V2024CreatePersonalAccessTokenResponse -ErrorAction Stop }
        $failure.Record.FullyQualifiedErrorId | Should -BeLike 'InputObjectMissingMandatory,*'
        $failure.Record.Exception.Message | Should -Match 'Owner'
    }

    It 'rejects an -Type other than IDENTITY in Initialize-V2024PatOwner at binding' {
        { Initialize-V2024PatOwner -Type USER -Id o -Name x } | Should -Throw -ErrorId 'ParameterArgumentValidationError,IscPat.Commands.InitializeIscPatV2024PatOwnerCommand'
    }
}

Describe 'Dates given as text are judged by the native library' {
    BeforeAll {
        $valid = $CanonicalJson.Replace($DocumentedSecret, $Secret)
        $typedCreated = [datetime]::new(2017, 7, 11, 18, 45, 37, 98, [DateTimeKind]::Utc)
        $ToJsonClass = 'IscPat.Commands.ConvertToJsonCommand'
    }

    It '-<Parameter> <Text> gives the PatException a date inside JSON gets (<Status>, <Field>)' -ForEach @(
        @{ Parameter = 'Created'; Text = '2017-07-11T18:45:37.098'; Status = 'InvalidDate'; Field = 'created' }
        @{ Parameter = 'Created'; Text = '2016-12-31T23:59:60Z'; Status = 'InvalidDate'; Field = 'created' }
        @{ Parameter = 'Created'; Text = ''; Status = 'InvalidDate'; Field = 'created' }
        @{ Parameter = 'ExpirationDate'; Text = '2018-02-29T00:00:00Z'; Status = 'InvalidDate'; Field = 'expirationDate' }
        @{ Parameter = 'ExpirationDate'; Text = '2017-07-11T18:45:37+24:00'; Status = 'InvalidDate'; Field = 'expirationDate' }
    ) {
        $failure = Get-Failure { Invoke-Initialize @{ $Parameter = $Text } }
        $failure.Record.FullyQualifiedErrorId | Should -BeExactly "IscPat.$Status,$InitializeClass"
        $failure.Record.Exception.Field | Should -BeExactly $Field
        $failure.Record.Exception | Should -BeOfType ([IdentitySecurityCloud.PersonalAccessTokens.PatException])
        $failure.Record.Exception.Code | Should -Be $Status
        $failure.Record.Exception.Field | Should -BeExactly $Field

        $json = if ($Field -eq 'created') { $valid.Replace('2017-07-11T18:45:37.098Z', $Text) } else { $valid.TrimEnd('}') + ",""expirationDate"":""$Text""}" }
        $parsed = Get-Failure { ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $json }
        $failure.Record.Exception.Message | Should -BeExactly $parsed.Record.Exception.Message
    }

    It 'names <Field> when it is the text one of a date given as text and one as an instant' -ForEach @(
        @{ Override = @{ Created = 'yesterday'; ExpirationDate = [datetimeoffset]::UtcNow }; Field = 'created'; Text = 'yesterday' }
        @{ Override = @{ Created = [datetime]::UtcNow; ExpirationDate = 'tomorrow' }; Field = 'expirationDate'; Text = 'tomorrow' }
    ) {
        $failure = Get-Failure { Invoke-Initialize $Override }
        $failure.Record.FullyQualifiedErrorId | Should -BeExactly "IscPat.InvalidDate,$InitializeClass"
        $failure.Record.Exception.Field | Should -BeExactly $Field
        $failure.Record.Exception.Message | Should -BeLike "${Field}: ""$Text"" is not an RFC 3339 date-time*"
    }

    It 'refuses a lone surrogate in -<Parameter> as InvalidUtf8 naming <Field>, like any other text' -ForEach @(
        @{ Parameter = 'Created'; Field = 'created' }
        @{ Parameter = 'ExpirationDate'; Field = 'expirationDate' }
    ) {
        $failure = Get-Failure { Invoke-Initialize @{ $Parameter = "2017-07-11T18:45:37.098Z$([char]0xD800)" } }
        $failure.Record.FullyQualifiedErrorId | Should -BeExactly "IscPat.InvalidUtf8,$InitializeClass"
        $failure.Record.Exception.Field | Should -BeExactly $Field
        $failure.Record.Exception.Message | Should -BeLike "${Field}: invalid UTF-16: lone surrogate U+D800*"
    }

    It 'masks the secret standing in a text date beside an instant' {
        $failure = Get-Failure { Invoke-Initialize @{ Created = $typedCreated; ExpirationDate = $Secret } }
        $failure.Record.Exception | Should -BeOfType ([IdentitySecurityCloud.PersonalAccessTokens.PatException])
        $failure.Record.Exception.Field | Should -BeExactly 'expirationDate'
        $failure.Record.Exception.Message | Should -BeLike 'expirationDate: "********" is not an RFC 3339 date-time*'
    }

    It 'names the field of a text date in a hashtable given to ConvertTo-V2024Json' {
        $hash = @{ id = 'i'; secret = $Secret; scope = $null; name = 'n'; owner = $Owner; created = '2017-07-11'; accessTokenValiditySeconds = 60 }
        $failure = Get-Failure { $hash | ConvertTo-V2024Json }
        $failure.Record.FullyQualifiedErrorId | Should -BeExactly "IscPat.InvalidDate,$ToJsonClass"
        $failure.Record.Exception | Should -BeOfType ([IdentitySecurityCloud.PersonalAccessTokens.PatException])
        $failure.Record.Exception.Field | Should -BeExactly 'created'
        $failure.Record.Exception.Message | Should -BeLike 'created: "2017-07-11" has no time of day and zone*'
    }
}

Describe 'Invalid JSON for ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse' {
    BeforeAll {
        $valid = $CanonicalJson.Replace($DocumentedSecret, $Secret)
    }

    It '<Case> fails with IscPat.<Status> naming <Field>' -ForEach @(
        @{ Case = 'truncated JSON'; Json = '{'; Status = 'MalformedJson'; Field = 'malformed JSON' }
        @{ Case = 'empty text'; Json = ''; Status = 'MalformedJson'; Field = 'malformed JSON' }
        @{ Case = 'a number for id'; Json = { $valid.Replace('"id":"86f1dc6fe8f54414950454cbb11278fa"', '"id":5') }; Status = 'WrongType'; Field = 'id' }
        @{ Case = 'missing secret'; Json = { $valid.Replace('"secret":"' + $Secret + '",', '') }; Status = 'MissingField'; Field = 'secret' }
        @{ Case = 'duplicate secret key'; Json = { $valid.Replace('"name":', '"secret":"' + $Secret + '","name":') }; Status = 'DuplicateKey'; Field = 'secret' }
        @{ Case = 'lower-case owner type'; Json = { $valid.Replace('"IDENTITY"', '"identity"') }; Status = 'InvalidOwnerType'; Field = 'owner.type' }
        @{ Case = 'created without zone'; Json = { $valid.Replace('37.098Z', '37.098') }; Status = 'InvalidDate'; Field = 'created' }
        @{ Case = 'validity 0'; Json = { $valid.Replace('36900', '0') }; Status = 'OutOfRange'; Field = 'accessTokenValiditySeconds' }
        @{ Case = 'empty secret'; Json = { $valid.Replace($Secret, '') }; Status = 'EmptyField'; Field = 'secret' }
    ) {
        $text = if ($Json -is [scriptblock]) { & $Json } else { $Json }
        $failure = Get-Failure { ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $text }
        $failure.Output | Should -BeNullOrEmpty
        $failure.Record.CategoryInfo.Category | Should -Be 'InvalidData'
        $failure.Record.FullyQualifiedErrorId | Should -BeExactly "IscPat.$Status,$ParseClass"
        $failure.Record.Exception.Message | Should -BeLike "$Field*"
        ($failure.Record | Out-String) | Should -Not -Match $Secret
    }

    It 'ignores an unknown key, and rejects it with -Strict' {
        $json = $valid.TrimEnd('}') + ',"newField":1}'
        (ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $json).Secret | Should -BeExactly $Secret
        $failure = Get-Failure { ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $json -Strict }
        $failure.Record.FullyQualifiedErrorId | Should -BeExactly "IscPat.UnknownKey,$ParseClass"
        $failure.Record.CategoryInfo.Category | Should -Be 'InvalidData'
        $failure.Record.Exception.Message | Should -BeLike 'newField*'
    }

    It 'finds required keys by exact name (no "id" inside accessTokenValiditySeconds)' {
        $failure = Get-Failure { ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $valid.Replace('"id":"86f1dc6fe8f54414950454cbb11278fa",', '') }
        $failure.Record.FullyQualifiedErrorId | Should -BeExactly "IscPat.MissingField,$ParseClass"
        $failure.Record.Exception.Message | Should -BeLike 'id:*'
    }
}

Describe 'The secret is masked only where it stands' {
    It 'leaves a value alone that merely contains the letters of a short secret' {
        $failure = Get-Failure { Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Name n -Owner $Owner -Created yesterday -ErrorAction Stop }
        $failure.Record.Exception.Message | Should -BeLike 'created: "yesterday" *'
        $failure.Record.Exception | Should -BeOfType ([IdentitySecurityCloud.PersonalAccessTokens.PatException])
    }

    It 'masks the secret passed as <Case>, and keeps the native PatException (status and field)' -ForEach @(
        @{ Case = 'the creation date'; Override = @{ Created = 'SECRET' }; Status = 'InvalidDate'; Field = 'created' }
        @{ Case = 'the expiration date'; Override = @{ ExpirationDate = 'SECRET' }; Status = 'InvalidDate'; Field = 'expirationDate' }
        @{ Case = 'the owner type'; Override = @{ Owner = @{ type = 'SECRET'; id = 'o'; name = 'x' } }; Status = 'InvalidOwnerType'; Field = 'owner.type' }
        @{ Case = 'a word of the creation date'; Override = @{ Created = 'Bearer SECRET' }; Status = 'InvalidDate'; Field = 'created' }
    ) {
        $arguments = @{}
        foreach ($key in $Override.Keys) {
            $value = $Override[$key]
            $arguments[$key] = if ($value -is [hashtable]) { @{ type = $value.type.Replace('SECRET', $Secret); id = $value.id; name = $value.name } } else { $value.Replace('SECRET', $Secret) }
        }
        $failure = Get-Failure { Invoke-Initialize $arguments -ErrorAction Stop }
        $failure.Record.FullyQualifiedErrorId | Should -BeExactly "IscPat.$Status,$InitializeClass"
        $failure.Record.Exception | Should -BeOfType ([IdentitySecurityCloud.PersonalAccessTokens.PatException])
        $failure.Record.Exception.Code | Should -Be $Status
        $failure.Record.Exception.Field | Should -Be $Field
        $failure.Record.Exception.Message | Should -Match '\*{8}'
        $failure.Record.Exception.Message | Should -Not -Match $Secret
        ($failure.Record | Out-String) | Should -Not -Match $Secret
    }
}
