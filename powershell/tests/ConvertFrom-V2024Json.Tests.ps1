BeforeAll { . (Join-Path $PSScriptRoot 'TestSetup.ps1') }

Describe 'ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse' {
    It 'has exactly the parameters Json and Strict; Json from the pipeline' {
        Get-OwnParameter ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse | Should -Be @('Json', 'Strict')
        (Get-Command ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse).Parameters.Json.Attributes.Where({ $_ -is [Parameter] }).ValueFromPipeline | Should -BeTrue
    }

    It 'parses the canonical JSON into an IscPat.V2024CreatePersonalAccessTokenResponse' {
        $token = ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $CanonicalJson
        $token.PSObject.TypeNames[0] | Should -Be 'IscPat.V2024CreatePersonalAccessTokenResponse'
        $token.Created.Kind | Should -Be 'Utc'
        $token | ConvertTo-V2024Json -Compress | Should -BeExactly $CanonicalJson
        ConvertTo-NormalJson ($token | ConvertTo-Json) | Should -BeExactly (ConvertTo-NormalJson $CanonicalJson)
    }

    It 'gives $null for a null scope' {
        $token = $CanonicalJson -replace '"scope":\[[^\]]*\]', '"scope":null' | ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse
        $null -eq $token.Scope | Should -BeTrue
        ($token | ConvertTo-Json -Compress) | Should -Match '"scope":null'
    }

    It 'parses each piped string' {
        $out = $CanonicalJson, $CanonicalJson | ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse
        $out.Count | Should -Be 2
    }
}

Describe 'ConvertFrom-V2024JsonToPatOwner' {
    It 'has exactly the parameters Json and Strict' {
        Get-OwnParameter ConvertFrom-V2024JsonToPatOwner | Should -Be @('Json', 'Strict')
    }

    It 'parses an owner' {
        $owner = '{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"}' | ConvertFrom-V2024JsonToPatOwner
        $owner.PSObject.TypeNames[0] | Should -Be 'IscPat.V2024PatOwner'
        $owner.Name | Should -BeExactly 'Support'
    }

    It 'rejects a lower-case type, and an unknown key only with -Strict' {
        { '{"type":"identity","id":"o","name":"n"}' | ConvertFrom-V2024JsonToPatOwner } | Should -Throw -ErrorId 'IscPat.InvalidOwnerType,IscPat.Commands.ConvertFromIscPatV2024JsonToPatOwnerCommand'
        ('{"type":"IDENTITY","id":"o","name":"n","x":1}' | ConvertFrom-V2024JsonToPatOwner).Id | Should -Be 'o'
        { '{"type":"IDENTITY","id":"o","name":"n","x":1}' | ConvertFrom-V2024JsonToPatOwner -Strict } | Should -Throw -ErrorId 'IscPat.UnknownKey,IscPat.Commands.ConvertFromIscPatV2024JsonToPatOwnerCommand'
    }
}

Describe 'Initialize-V2024PatOwner' {
    It 'has exactly the parameters Type, Id and Name, all by property name' {
        Get-OwnParameter Initialize-V2024PatOwner | Should -Be @('Id', 'Name', 'Type')
        (Get-Command Initialize-V2024PatOwner).OutputType.Name | Should -Be 'IscPat.V2024PatOwner'
    }

    It 'limits -Type to IDENTITY and completes it' {
        $set = (Get-Command Initialize-V2024PatOwner).Parameters.Type.Attributes.Where({ $_ -is [ValidateSet] })
        $set.ValidValues | Should -Be @('IDENTITY')
        $line = 'Initialize-V2024PatOwner -Type id'
        $completion = TabExpansion2 -inputScript $line -cursorColumn $line.Length
        $completion.CompletionMatches.CompletionText | Should -Contain 'IDENTITY'
    }

    It 'normalises the type to upper case' {
        $owner = Initialize-V2024PatOwner -Type identity -Id 2c9180a46faadee4016fb4e018c20639 -Name Support
        $owner.Type | Should -BeExactly 'IDENTITY'
        $owner.PSObject.TypeNames[0] | Should -Be 'IscPat.V2024PatOwner'
        $owner | ConvertTo-Json -Compress | Should -BeExactly '{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"}'
    }

    It 'binds from the pipeline by property name' {
        $owner = [pscustomobject]@{ type = 'IDENTITY'; id = 'o'; name = 'n' } | Initialize-PSSailpoint.V2024PatOwner
        $owner.Id | Should -Be 'o'
    }

    It 'rejects an empty id with IscPat.EmptyField' {
        { Initialize-V2024PatOwner -Id '' -Name n } | Should -Throw -ErrorId 'IscPat.EmptyField,IscPat.Commands.InitializeIscPatV2024PatOwnerCommand'
    }
}
