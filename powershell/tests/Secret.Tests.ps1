# The secret in error records and displays, beyond Display.Tests.ps1 (default
# view, Format-Table, Format-List, string expansion) and Errors.Tests.ps1
# (message and Out-String of errors about other fields, empty secret).
#
# Errors about the secret field itself, with a non-empty secret given through
# a variable: a lone UTF-16 surrogate in -Secret (the only way a non-empty
# secret can be refused by Initialize-V2024CreatePersonalAccessTokenResponse),
# the same in an edited object given to ConvertTo-V2024Json, and JSON whose
# secret is refused (lone surrogate escapes, raw NUL, unterminated, duplicate
# key). For each record: Exception.Message, ToString(), Out-String under
# ConciseView and NormalView, $Error[0] | Format-List * -Force, the exception
# | Format-List * -Force, TargetObject, CategoryInfo and the bound parameters
# of its InvocationInfo must hold neither the secret nor its first 8
# characters.
#
# Not covered by the module, by design of PowerShell: when the secret is
# typed literally in the command, the record's InvocationInfo (Line,
# Statement, PositionMessage) keeps that source text, as it does for any
# command; the last test pins this down.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $Secret = 'Zq7SecretValue-4c3b2a19f8e7d6c5'
    $SecretPrefix = $Secret.Substring(0, 8)
    $Owner = @{ type = 'IDENTITY'; id = '2c9180a46faadee4016fb4e018c20639'; name = 'Support' }
    $Valid = $CanonicalJson.Replace($DocumentedSecret, $Secret)

    # Every text of an error record a user is likely to see or log.
    function Get-RecordText([System.Management.Automation.ErrorRecord] $Record) {
        $savedView = $global:ErrorView
        try {
            $global:ErrorView = 'ConciseView'
            $concise = $Record | Out-String -Width 500
            $global:ErrorView = 'NormalView'
            $normal = $Record | Out-String -Width 500
        } finally {
            $global:ErrorView = $savedView
        }
        [ordered]@{
            'Exception.Message'             = $Record.Exception.Message
            'ToString()'                    = $Record.ToString()
            'Out-String (ConciseView)'      = $concise
            'Out-String (NormalView)'       = $normal
            'Format-List * -Force'          = $Record | Format-List * -Force | Out-String -Width 500
            'Exception | Format-List * -Force' = $Record.Exception | Format-List * -Force | Out-String -Width 500
            'TargetObject'                  = "$($Record.TargetObject)"
            'CategoryInfo'                  = $Record.CategoryInfo.ToString()
            'InvocationInfo.BoundParameters' = ($Record.InvocationInfo.BoundParameters.Values | ForEach-Object { "$_" }) -join ' '
            'ErrorDetails'                  = "$($Record.ErrorDetails)"
        }
    }

    function Assert-NoSecret([System.Management.Automation.ErrorRecord] $Record) {
        $texts = Get-RecordText $Record
        foreach ($key in $texts.Keys) {
            "$($texts[$key])".Contains($SecretPrefix) | Should -BeFalse -Because "$key must not show the secret: $($texts[$key])"
        }
    }

    # Runs the block; returns the caught record after checking that $Error[0] is that record.
    function Get-ErrorRecord([scriptblock] $Script) {
        $failure = Get-Failure $Script
        $failure.Output | Should -BeNullOrEmpty
        $global:Error[0].FullyQualifiedErrorId | Should -BeExactly $failure.Record.FullyQualifiedErrorId
        $global:Error[0].Exception | Should -Be $failure.Record.Exception
        $global:Error[0]
    }
}

Describe 'Errors about the secret do not show it' {
    It 'Initialize-V2024CreatePersonalAccessTokenResponse -Secret with <Case>' -ForEach @(
        @{ Case = 'a lone high surrogate at the end'; Bad = { $Secret + [char] 0xD800 }; Index = 31 }
        @{ Case = 'a lone low surrogate at the start'; Bad = { [string] [char] 0xDC00 + $Secret }; Index = 0 }
        @{ Case = 'a reversed pair in the middle'; Bad = { $Secret.Substring(0, 10) + [char] 0xDE00 + [char] 0xD83D + $Secret.Substring(10) }; Index = 10 }
    ) {
        $badSecret = & $Bad
        $record = Get-ErrorRecord {
            Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret $badSecret -Name n -Owner $Owner -Created '2017-07-11T18:45:37.098Z'
        }
        $record.FullyQualifiedErrorId | Should -BeExactly 'IscPat.InvalidUtf8,IscPat.Commands.InitializeIscPatV2024CreatePersonalAccessTokenResponseCommand'
        $record.Exception.Field | Should -BeExactly 'secret'
        $record.Exception.Message | Should -BeLike "secret: invalid UTF-16: lone surrogate U+D*00 at character index $Index"
        Assert-NoSecret $record
    }

    It 'ConvertTo-V2024Json of an object whose secret was edited to hold a lone surrogate' {
        $token = ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $Valid
        $token.secret = $Secret + [char] 0xD800
        $record = Get-ErrorRecord { $token | ConvertTo-V2024Json -Compress }
        $record.FullyQualifiedErrorId | Should -BeExactly 'IscPat.InvalidUtf8,IscPat.Commands.ConvertToJsonCommand'
        $record.Exception.Field | Should -BeExactly 'secret'
        Assert-NoSecret $record
    }

    It 'ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse with <Case>' -ForEach @(
        @{ Case = 'a lone surrogate escape after the secret'; Edit = { $Valid.Replace($Secret, $Secret + '\ud800') }; Status = 'InvalidUtf8'; Field = 'secret' }
        @{ Case = 'a reversed surrogate pair in the secret'; Edit = { $Valid.Replace($Secret, $Secret + '\udc00\ud83d') }; Status = 'InvalidUtf8'; Field = 'secret' }
        @{ Case = 'a raw NUL in the secret'; Edit = { $Valid.Replace($Secret, $Secret + [char] 0) }; Status = 'MalformedJson'; Field = 'secret' }
        @{ Case = 'an unterminated secret'; Edit = { $Valid.Substring(0, $Valid.IndexOf($Secret) + $Secret.Length) }; Status = 'MalformedJson'; Field = 'secret' }
        @{ Case = 'the secret key twice'; Edit = { $Valid.Replace('"name":', '"secret":"' + $Secret + '-2","name":') }; Status = 'DuplicateKey'; Field = 'secret' }
        @{ Case = 'a control character in the secret'; Edit = { $Valid.Replace($Secret, $Secret + "`n") }; Status = 'MalformedJson'; Field = 'secret' }
    ) {
        $json = & $Edit
        $json.Contains($SecretPrefix) | Should -BeTrue
        $record = Get-ErrorRecord { ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $json }
        $record.FullyQualifiedErrorId | Should -BeExactly "IscPat.$Status,IscPat.Commands.ConvertFromIscPatV2024JsonToCreatePersonalAccessTokenResponseCommand"
        $record.Exception.Field | Should -BeExactly $Field
        Assert-NoSecret $record
    }

    It 'an empty -Secret names the field, and the other values of the call do not show' {
        $record = Get-ErrorRecord {
            Initialize-V2024CreatePersonalAccessTokenResponse -Id $Secret -Secret '' -Name n -Owner $Owner -Created '2017-07-11T18:45:37.098Z'
        }
        $record.FullyQualifiedErrorId | Should -BeExactly 'IscPat.EmptyField,IscPat.Commands.InitializeIscPatV2024CreatePersonalAccessTokenResponseCommand'
        $record.Exception.Message | Should -BeExactly 'secret: must not be empty'
        Assert-NoSecret $record
    }
}

Describe 'Errors about other fields do not show the secret' {
    It '<Case>' -ForEach @(
        @{ Case = 'empty id'; Run = { Initialize-V2024CreatePersonalAccessTokenResponse -Id '' -Secret $Secret -Name n -Owner $Owner -Created '2017-07-11T18:45:37.098Z' } }
        @{ Case = 'validity 0'; Run = { Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret $Secret -Name n -Owner $Owner -Created '2017-07-11T18:45:37.098Z' -AccessTokenValiditySeconds 0 } }
        @{ Case = 'the secret passed as the owner'; Run = { Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret $Secret -Name n -Owner $Secret -Created '2017-07-11T18:45:37.098Z' } }
        @{ Case = 'the secret passed as the creation date'; Run = { Initialize-V2024CreatePersonalAccessTokenResponse -Id i -Secret $Secret -Name n -Owner $Owner -Created $Secret } }
        @{ Case = 'JSON with a bad owner type'; Run = { ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $Valid.Replace('"IDENTITY"', '"USER"') } }
        @{ Case = 'JSON with an unknown key under -Strict'; Run = { ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $Valid.Replace('"name":', '"x":1,"name":') -Strict } }
    ) {
        Assert-NoSecret (Get-ErrorRecord $Run)
    }
}

Describe 'Displays of responses beyond the default views' {
    BeforeAll {
        $token = ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $Valid
    }

    It 'masks the secret in <Case>' -ForEach @(
        @{ Case = 'ToString()'; Render = { $token.ToString() } }
        @{ Case = 'several tokens in the default view'; Render = { @($token, $token) | Out-String -Width 500 } }
        @{ Case = 'Format-Table of several tokens'; Render = { @($token, $token) | Format-Table | Out-String -Width 500 } }
        @{ Case = 'Format-List of several tokens'; Render = { @($token, $token) | Format-List | Out-String -Width 500 } }
        @{ Case = 'Format-Table -AutoSize'; Render = { $token | Format-Table -AutoSize | Out-String -Width 500 } }
        @{ Case = 'a token inside a hashtable'; Render = { @{ token = $token } | Out-String -Width 500 } }
        @{ Case = 'Write-Verbose of the token'; Render = { Write-Verbose "token: $token" -Verbose 4>&1 | Out-String -Width 500 } }
    ) {
        $text = & $Render
        $text.Contains($SecretPrefix) | Should -BeFalse -Because "$Case must not show the secret: $text"
        $text | Should -Match '\*{8}|V2024CreatePersonalAccessTokenResponse'
    }
}

Describe 'A secret typed literally in the command line (PowerShell behaviour, not the module)' {
    It 'stays out of the message and views of the record, but PowerShell keeps the source line in InvocationInfo' {
        $record = Get-ErrorRecord {
            Initialize-V2024CreatePersonalAccessTokenResponse -Id '' -Secret 'Zq7SecretValue-4c3b2a19f8e7d6c5' -Name n -Owner $Owner -Created '2017-07-11T18:45:37.098Z'
        }
        $record.Exception.Message | Should -BeExactly 'id: must not be empty'
        $texts = Get-RecordText $record
        foreach ($key in 'Exception.Message', 'ToString()', 'Format-List * -Force', 'Exception | Format-List * -Force', 'TargetObject', 'CategoryInfo', 'InvocationInfo.BoundParameters') {
            "$($texts[$key])".Contains($SecretPrefix) | Should -BeFalse -Because "$key must not show the secret"
        }
        # The command text as typed: InvocationInfo.Line and .Statement hold the
        # literal, and PositionMessage (and so the default error views) shows
        # the line up to the console width.
        $record.InvocationInfo.Line.Contains($Secret) | Should -BeTrue
        $record.InvocationInfo.Statement.Contains($Secret) | Should -BeTrue
    }
}
