# Objects are plain data: the cmdlets copy the values out of the validated
# native object and free it at once. ConvertTo-IscPatJson and
# ConvertTo-IscPatCredential make every object again from its current values
# by one native create, so an edit (any property set, an item of its scope
# changed, its owner edited or replaced, expirationDate added) is validated
# there.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    function Get-Fresh([string] $How) {
        switch ($How) {
            'Initialize' { New-DocumentedToken }
            'ConvertFrom' { ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $CanonicalJson }
            'ConvertFrom array' { @(ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json "[$CanonicalJson]")[0] }
        }
    }
}

Describe 'An object made by <_>' -ForEach 'Initialize', 'ConvertFrom', 'ConvertFrom array' {
    BeforeAll { $How = $_ }

    It 'is plain data: no field holds a native object' {
        $token = Get-Fresh $How
        $fields = $token.GetType().GetFields([System.Reflection.BindingFlags]'NonPublic,Public,Instance')
        foreach ($field in $fields) {
            $field.FieldType.Namespace | Should -Not -Be 'IdentitySecurityCloud.PersonalAccessTokens' -Because "$($field.Name) must be a copied value"
        }
        $token | ConvertTo-V2024Json -Compress | Should -BeExactly $CanonicalJson
    }

    It 'is validated again when written, a value set to one the model refuses' {
        $token = Get-Fresh $How
        $token.name = ''
        $failure = Get-Failure { $token | ConvertTo-V2024Json -Compress }
        $failure.Record.Exception.Field | Should -Be 'name'
    }
}

Describe 'An edited object is validated again' {
    It 'after <Case>' -ForEach @(
        @{ Case = 'setting id to empty'; Edit = { $token.id = '' }; Status = 'EmptyField'; Field = 'id' }
        @{ Case = 'setting the secret to empty'; Edit = { $token.secret = '' }; Status = 'EmptyField'; Field = 'secret' }
        @{ Case = 'setting name to empty'; Edit = { $token.name = '' }; Status = 'EmptyField'; Field = 'name' }
        @{ Case = 'setting the validity to 0'; Edit = { $token.accessTokenValiditySeconds = 0 }; Status = 'OutOfRange'; Field = 'accessTokenValiditySeconds' }
        @{ Case = 'changing a scope item in place to a lone surrogate'; Edit = { $token.scope[1] = [string][char]0xD800 }; Status = 'InvalidUtf8'; Field = 'scope[1]' }
        @{ Case = 'editing the owner''s type'; Edit = { $token.owner.type = 'USER' }; Status = 'InvalidOwnerType'; Field = 'owner.type' }
        @{ Case = 'editing the owner''s id'; Edit = { $token.owner.id = '' }; Status = 'EmptyField'; Field = 'owner.id' }
        @{ Case = 'replacing the owner by a hashtable'; Edit = { $token.owner = @{ type = 'IDENTITY'; id = ''; name = 'x' } }; Status = 'EmptyField'; Field = 'owner.id' }
        @{ Case = 'removing the owner'; Edit = { $token.owner = $null }; Status = 'MissingField'; Field = 'owner' }
    ) {
        foreach ($how in 'Initialize', 'ConvertFrom') {
            $token = Get-Fresh $how
            . $Edit
            $errors = [System.Collections.ArrayList]::new()
            $json = $token | ConvertTo-V2024Json -Compress -ErrorVariable +errors -ErrorAction SilentlyContinue
            $json | Should -BeNullOrEmpty -Because "$Case on an object from $how"
            $errors.Count | Should -Be 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike "IscPat.$Status,*"
            $errors[0].Exception.Field | Should -Be $Field
        }
    }

    It 'writes the current values after a valid edit (<Case>)' -ForEach @(
        @{ Case = 'a new name'; Edit = { $token.name = 'Renamed' }; Expect = { $CanonicalJson.Replace('NodeJS Integration', 'Renamed') } }
        @{ Case = 'a scope item changed in place'; Edit = { $token.scope[0] = 'sp:scopes:all' }; Expect = { $CanonicalJson.Replace('demo:personal-access-token-scope:first', 'sp:scopes:all') } }
        @{ Case = 'a new scope list'; Edit = { $token.scope = @('x') }; Expect = { $CanonicalJson -replace '"scope":\[[^\]]*\]', '"scope":["x"]' } }
        @{ Case = 'the owner''s name'; Edit = { $token.owner.name = 'Ops' }; Expect = { $CanonicalJson.Replace('"Support"', '"Ops"') } }
        @{ Case = 'a new creation date'; Edit = { $token.created = [datetime]::new(2020, 1, 2, 3, 4, 5, 6, [DateTimeKind]::Utc) }; Expect = { $CanonicalJson.Replace('2017-07-11T18:45:37.098Z', '2020-01-02T03:04:05.006Z') } }
        @{ Case = 'an expirationDate added'; Edit = { $token.expirationDate = [datetime]::new(2018, 7, 11, 18, 45, 37, 98, [DateTimeKind]::Utc) }; Expect = { $CanonicalJson.TrimEnd('}') + ',"expirationDate":"2018-07-11T18:45:37.098Z"}' } }
    ) {
        $token = Get-Fresh 'ConvertFrom'
        . $Edit
        $token | ConvertTo-V2024Json -Compress | Should -BeExactly (& $Expect)
    }

    It 'notices a changed or removed expirationDate' {
        $json = $CanonicalJson.TrimEnd('}') + ',"expirationDate":"2018-07-11T18:45:37.098Z"}'
        $token = ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $json
        $token.expirationDate = [datetime]::new(2019, 1, 1, 0, 0, 0, [DateTimeKind]::Utc)
        $token | ConvertTo-V2024Json -Compress | Should -Match '"expirationDate":"2019-01-01T00:00:00.000Z"}$'
        $token.PSObject.Properties.Remove('expirationDate')
        $token | ConvertTo-V2024Json -Compress | Should -BeExactly $CanonicalJson
    }

    It 'validates an owner edited after a response was made with it' {
        $owner = New-DocumentedOwner
        $token = Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Name n -Owner $owner -Created '2017-07-11T18:45:37.098Z'
        $owner.type = 'identity'
        $token.owner.type = 'identity'
        $errors = [System.Collections.ArrayList]::new()
        $null = $token | ConvertTo-V2024Json -ErrorVariable +errors -ErrorAction SilentlyContinue
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'IscPat.InvalidOwnerType,*'
        $null = Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret s -Name n -Owner $owner -Created '2017-07-11T18:45:37.098Z' -ErrorVariable +errors -ErrorAction SilentlyContinue
        $errors.Count | Should -Be 2
    }

    It 'validates an object built by [IscPat.V2024CreatePersonalAccessTokenResponse]@{...}' {
        $built = [IscPat.V2024CreatePersonalAccessTokenResponse]@{
            id = 'i'; secret = 's'; name = 'n'; created = [datetime]::new(2017, 7, 11, 18, 45, 37, 98, [DateTimeKind]::Utc)
            owner = [IscPat.V2024PatOwner]@{ type = 'IDENTITY'; id = 'o'; name = '' }
        }
        $built | ConvertTo-V2024Json -Compress | Should -BeExactly '{"id":"i","secret":"s","scope":null,"name":"n","owner":{"type":"IDENTITY","id":"o","name":""},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":43200}'
        $built.owner.id = ''
        { $built | ConvertTo-V2024Json -ErrorAction Stop } | Should -Throw -ErrorId 'IscPat.EmptyField,IscPat.Commands.ConvertToJsonCommand'
    }
}
