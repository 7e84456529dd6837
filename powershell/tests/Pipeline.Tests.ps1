# Errors about one item among piped items: non-terminating error records
# (WriteError), as the built-in cmdlets write them. The other items are still
# processed, -ErrorAction and -ErrorVariable behave as for any cmdlet, and
# the record's exception is the native library's PatException, with its
# status (Code) and field (Field), also after the secret was looked for in
# its message.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $Secret = 'Pipe7SecretValue-0a1b2c3d4e5f'
    function New-Item([string] $Id) {
        [pscustomobject]@{ id = $Id; secret = $Secret; name = 'n'; owner = @{ type = 'IDENTITY'; id = 'o'; name = 'x' }; created = '2017-07-11T18:45:37.098Z' }
    }
    $Valid = $CanonicalJson.Replace($DocumentedSecret, $Secret)
    $Invalid = $Valid.Replace('"IDENTITY"', '"identity"')
}

Describe 'An invalid piped item is a non-terminating error' {
    It '<Command>: the items after it are still processed, and the error is in -ErrorVariable' -ForEach @(
        @{ Command = 'Initialize-V2024CreatePersonalAccessTokenResponse'; Items = { (New-Item 'a'), (New-Item ''), (New-Item 'c') }; Run = { $input | Initialize-V2024CreatePersonalAccessTokenResponse -ErrorVariable +errors -ErrorAction SilentlyContinue }; Status = 'EmptyField'; Field = 'id' }
        @{ Command = 'Initialize-V2024PatOwner'; Items = { [pscustomobject]@{ id = 'a'; name = 'x' }, [pscustomobject]@{ id = ''; name = 'x' }, [pscustomobject]@{ id = 'c'; name = 'x' } }; Run = { $input | Initialize-V2024PatOwner -ErrorVariable +errors -ErrorAction SilentlyContinue }; Status = 'EmptyField'; Field = 'owner.id' }
        @{ Command = 'ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse'; Items = { $Valid, $Invalid, $Valid }; Run = { $input | ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -ErrorVariable +errors -ErrorAction SilentlyContinue }; Status = 'InvalidOwnerType'; Field = 'owner.type' }
        @{ Command = 'ConvertFrom-V2024JsonToPatOwner'; Items = { '{"type":"IDENTITY","id":"a","name":""}', '{"type":"IDENTITY","id":"","name":""}', '{"type":"IDENTITY","id":"c","name":""}' }; Run = { $input | ConvertFrom-V2024JsonToPatOwner -ErrorVariable +errors -ErrorAction SilentlyContinue }; Status = 'EmptyField'; Field = 'owner.id' }
        @{ Command = 'ConvertTo-V2024PatCredential'; Items = { (New-Item 'a'), (New-Item ''), (New-Item 'c') }; Run = { $input | ConvertTo-V2024PatCredential -ErrorVariable +errors -ErrorAction SilentlyContinue }; Status = 'EmptyField'; Field = 'id' }
    ) {
        $errors = [System.Collections.ArrayList]::new()
        $out = @(& $Items | & $Run)
        $out.Count | Should -Be 2
        $errors.Count | Should -Be 1
        $record = $errors[0]
        $record.FullyQualifiedErrorId | Should -BeLike "IscPat.$Status,*"
        $record.Exception | Should -BeOfType ([IdentitySecurityCloud.PersonalAccessTokens.PatException])
        $record.Exception.Code | Should -Be $Status
        $record.Exception.Field | Should -Be $Field
        $record.Exception.Field | Should -Be $Field
    }

    It 'ConvertTo-V2024Json leaves the invalid object out of the array and writes the others' {
        $errors = [System.Collections.ArrayList]::new()
        $items = @(
            (ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $Valid)
            (New-Item '')
            (ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $Valid)
        )
        $json = $items | ConvertTo-V2024Json -Compress -ErrorVariable +errors -ErrorAction SilentlyContinue
        $json | Should -BeExactly "[$Valid,$Valid]"
        $errors.Count | Should -Be 1
        $errors[0].Exception | Should -BeOfType ([IdentitySecurityCloud.PersonalAccessTokens.PatException])
        $errors[0].Exception.Code | Should -Be 'EmptyField'
    }

    It 'is written to the error stream and the command goes on under the default -ErrorAction Continue' {
        $out = & { (New-Item 'a'), (New-Item ''), (New-Item 'c') | Initialize-V2024CreatePersonalAccessTokenResponse -ErrorAction Continue } 2>&1
        @($out | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }).Count | Should -Be 1
        @($out | Where-Object { $_ -is [IscPat.V2024CreatePersonalAccessTokenResponse] }).id | Should -Be @('a', 'c')
    }

    It 'becomes terminating under -ErrorAction Stop: try/catch sees it and the items after it are not processed' {
        $seen = [System.Collections.Generic.List[string]]::new()
        $caught = try {
            (New-Item 'a'), (New-Item ''), (New-Item 'c') | Initialize-V2024CreatePersonalAccessTokenResponse -ErrorAction Stop | ForEach-Object { $seen.Add($_.id) }
            $null
        } catch { $_ }
        $seen | Should -Be @('a')
        $caught.FullyQualifiedErrorId | Should -BeLike 'IscPat.EmptyField,*'
        $caught.Exception | Should -BeOfType ([IdentitySecurityCloud.PersonalAccessTokens.PatException])
    }

    It 'is silent under -ErrorAction Ignore (nothing in $Error)' {
        $global:Error.Clear()
        $out = @((New-Item 'a'), (New-Item '') | Initialize-V2024CreatePersonalAccessTokenResponse -ErrorAction Ignore)
        $out.Count | Should -Be 1
        $global:Error.Count | Should -Be 0
    }

    It 'keeps the PatException (status and field) when the secret was looked for in the message' {
        # The secret is long and present in every call: the message is still the native one.
        $errors = [System.Collections.ArrayList]::new()
        $null = Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret $Secret -Name n -Owner @{ type = 'USER'; id = 'o'; name = 'x' } -Created '2017-07-11T18:45:37.098Z' -ErrorVariable +errors -ErrorAction SilentlyContinue
        $errors[0].Exception | Should -BeOfType ([IdentitySecurityCloud.PersonalAccessTokens.PatException])
        $errors[0].Exception.Code | Should -Be 'InvalidOwnerType'
        $errors[0].Exception.Field | Should -Be 'owner.type'
    }

    It 'reports a value of the wrong kind with a PatException that has a status and a field' {
        $errors = [System.Collections.ArrayList]::new()
        $null = Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret $Secret -Name n -Owner 42 -Created '2017-07-11T18:45:37.098Z' -ErrorVariable +errors -ErrorAction SilentlyContinue
        $errors[0].Exception | Should -BeOfType ([IdentitySecurityCloud.PersonalAccessTokens.PatException])
        $errors[0].Exception.Code | Should -Be 'WrongType'
        $errors[0].Exception.Field | Should -Be 'owner'
    }
}

Describe 'One exception type for every error record of the module' {
    BeforeAll {
        $Owner = @{ type = 'IDENTITY'; id = 'o'; name = 'x' }
        $Created = '2017-07-11T18:45:37.098Z'
        # A response as a hashtable, valid; each case below breaks one key.
        function New-Hash([hashtable] $Override) {
            $hash = @{ id = 'i'; secret = $Secret; scope = $null; name = 'n'; owner = $Owner; created = $Created; accessTokenValiditySeconds = 60 }
            foreach ($key in $Override.Keys) { $hash[$key] = $Override[$key] }
            $hash
        }
    }

    It 'is a PatException with Code <Status> and Field <Field> for <Case>' -ForEach @(
        @{ Case = 'an owner given as a number'; Run = { Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret $Secret -Name n -Owner 42 -Created $Created }; Status = 'WrongType'; Field = 'owner' }
        @{ Case = 'an owner given as $null'; Run = { Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret $Secret -Name n -Owner $null -Created $Created }; Status = 'MissingField'; Field = 'owner' }
        @{ Case = 'a date given as a number'; Run = { Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret $Secret -Name n -Owner $Owner -Created 5 }; Status = 'WrongType'; Field = 'created' }
        @{ Case = 'an expirationDate given as a number'; Run = { Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret $Secret -Name n -Owner $Owner -Created $Created -ExpirationDate 5 }; Status = 'WrongType'; Field = 'expirationDate' }
        @{ Case = 'a $null scope item'; Run = { Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret $Secret -Scope 'a', $null -Name n -Owner $Owner -Created $Created }; Status = 'WrongType'; Field = 'scope[1]' }
        @{ Case = 'an owner hashtable without id'; Run = { Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret $Secret -Name n -Owner @{ type = 'IDENTITY'; name = 'x' } -Created $Created }; Status = 'MissingField'; Field = 'owner.id' }
        @{ Case = 'a hashtable without name, to ConvertTo-V2024Json'; Run = { $h = New-Hash @{}; $h.Remove('name'); $h | ConvertTo-V2024Json }; Status = 'MissingField'; Field = 'name' }
        @{ Case = 'a hashtable with a text validity, to ConvertTo-V2024Json'; Run = { New-Hash @{ accessTokenValiditySeconds = 'long' } | ConvertTo-V2024Json }; Status = 'WrongType'; Field = 'accessTokenValiditySeconds' }
        @{ Case = 'a hashtable with a number as scope, to ConvertTo-V2024Json'; Run = { New-Hash @{ scope = 5 } | ConvertTo-V2024Json }; Status = 'WrongType'; Field = 'scope' }
        @{ Case = 'text given to ConvertTo-V2024Json'; Run = { 'text' | ConvertTo-V2024Json }; Status = 'WrongType'; Field = 'InputObject' }
        @{ Case = 'an owner given to ConvertTo-V2024PatCredential'; Run = { @{ type = 'IDENTITY'; id = 'o'; name = 'x' } | ConvertTo-V2024PatCredential }; Status = 'WrongType'; Field = 'InputObject' }
        @{ Case = 'an edited owner type'; Run = { $o = Initialize-V2024PatOwner -Id o -Name x; $o.type = 'USER'; $o | ConvertTo-V2024Json }; Status = 'InvalidOwnerType'; Field = 'owner.type' }
    ) {
        # Non-terminating errors merged into the output stream, told apart by type.
        $ErrorActionPreference = 'Continue'
        $all = @(& $Run 2>&1)
        $errors = @($all | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        @($all | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] }) | Should -BeNullOrEmpty
        $errors.Count | Should -Be 1
        $errors[0].Exception | Should -BeOfType ([IdentitySecurityCloud.PersonalAccessTokens.PatException])
        $errors[0].Exception.GetType().FullName | Should -BeExactly 'IdentitySecurityCloud.PersonalAccessTokens.PatException'
        $errors[0].Exception.Code | Should -Be $Status
        $errors[0].Exception.Field | Should -BeExactly $Field
        $errors[0].FullyQualifiedErrorId | Should -BeLike "IscPat.$Status,IscPat.Commands.*"
        $errors[0].Exception.Field | Should -BeExactly $Field
    }

    It 'leaves no other exception type in the module' {
        $module = Get-Module IscPat
        $exceptionTypes = $module.ImplementingAssembly.GetExportedTypes() | Where-Object { [Exception].IsAssignableFrom($_) }
        $exceptionTypes | Should -BeNullOrEmpty
        'IscPat.PatInputException' -as [type] | Should -BeNullOrEmpty
    }
}
