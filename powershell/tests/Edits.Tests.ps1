# One direct path: the cmdlets make their objects through the typed .NET API
# and keep the validated native object. ConvertTo-V2024Json writes an object
# that was not edited from that native object, without validating it again;
# an object that was edited (any property set, an item of its scope changed,
# its owner edited or replaced, expirationDate added, changed or removed) is
# built again from its current values and validated.
#
# "Not validated again" is observed from outside: the object's private copy
# of a value is overwritten by reflection (no setter, so no edit is
# recorded) with a value the model refuses; the unedited object is still
# written from its native object, with the value it was made with.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    function Set-Hidden($Object, [string] $Field, $Value) {
        $Object.GetType().GetField($Field, [System.Reflection.BindingFlags]'NonPublic,Instance').SetValue($Object, $Value)
    }
    function Get-Fresh([string] $How) {
        switch ($How) {
            'Initialize' { New-DocumentedToken }
            'ConvertFrom' { ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $CanonicalJson }
            'ConvertFrom array' { @(ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json "[$CanonicalJson]")[0] }
        }
    }
}

Describe 'An object made by <_> and not edited' -ForEach 'Initialize', 'ConvertFrom', 'ConvertFrom array' {
    BeforeAll { $How = $_ }

    It 'is written from its native object, not validated again' {
        $token = Get-Fresh $How
        $null = $token.name  # read: not an edit
        Set-Hidden $token 'tokenName' ''
        $token | ConvertTo-V2024Json -Compress | Should -BeExactly $CanonicalJson
        $token | ConvertTo-V2024PatCredential | ForEach-Object UserName | Should -BeExactly '86f1dc6fe8f54414950454cbb11278fa'
    }

    It 'stays unedited when its values are only read' {
        $token = Get-Fresh $How
        $null = $token.id, $token.secret, $token.scope, $token.name, $token.owner.type, $token.owner.id, $token.owner.name, $token.created, $token.accessTokenValiditySeconds
        $null = $token | ConvertTo-Json -Depth 4
        $null = $token | Format-List | Out-String
        Set-Hidden $token 'tokenName' ''
        $token | ConvertTo-V2024Json -Compress | Should -BeExactly $CanonicalJson
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
        @{ Case = 'adding an invalid expirationDate'; Edit = { $token | Add-Member expirationDate 'soon' }; Status = 'InvalidDate'; Field = 'expirationDate' }
    ) {
        foreach ($how in 'Initialize', 'ConvertFrom') {
            $token = Get-Fresh $how
            . $Edit
            $errors = [System.Collections.ArrayList]::new()
            $json = $token | ConvertTo-V2024Json -Compress -ErrorVariable +errors -ErrorAction SilentlyContinue
            $json | Should -BeNullOrEmpty -Because "$Case on an object from $how"
            $errors.Count | Should -Be 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike "IscPat.$Status,*"
            $errors[0].TargetObject | Should -Be $Field
        }
    }

    It 'writes the current values after a valid edit (<Case>)' -ForEach @(
        @{ Case = 'a new name'; Edit = { $token.name = 'Renamed' }; Expect = { $CanonicalJson.Replace('NodeJS Integration', 'Renamed') } }
        @{ Case = 'a scope item changed in place'; Edit = { $token.scope[0] = 'sp:scopes:all' }; Expect = { $CanonicalJson.Replace('demo:personal-access-token-scope:first', 'sp:scopes:all') } }
        @{ Case = 'a new scope list'; Edit = { $token.scope = @('x') }; Expect = { $CanonicalJson -replace '"scope":\[[^\]]*\]', '"scope":["x"]' } }
        @{ Case = 'the owner''s name'; Edit = { $token.owner.name = 'Ops' }; Expect = { $CanonicalJson.Replace('"Support"', '"Ops"') } }
        @{ Case = 'a new creation date'; Edit = { $token.created = [datetime]::new(2020, 1, 2, 3, 4, 5, 6, [DateTimeKind]::Utc) }; Expect = { $CanonicalJson.Replace('2017-07-11T18:45:37.098Z', '2020-01-02T03:04:05.006Z') } }
        @{ Case = 'an expirationDate added'; Edit = { $token | Add-Member expirationDate '2018-07-11T18:45:37.098Z' }; Expect = { $CanonicalJson.TrimEnd('}') + ',"expirationDate":"2018-07-11T18:45:37.098Z"}' } }
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
        { $built | ConvertTo-V2024Json -ErrorAction Stop } | Should -Throw -ErrorId 'IscPat.EmptyField,IscPat.Commands.ConvertToV2024JsonCommand'
    }
}
