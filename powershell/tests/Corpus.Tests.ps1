# The shared hostile-input corpus (tests/corpus/README.md) run through the
# cmdlets, one test per case of tests/corpus/manifest.json. Generated inputs
# come from `make corpus` (target/corpus/); ISC_PAT_CORPUS_DIR and
# ISC_PAT_CORPUS_GENERATED override the two folders, as for the .NET runner.
#
# What is checked
# ---------------
# Accepted case: the cmdlet outputs exactly one object; ConvertTo-V2024Json
# -Compress of it equals `canonical` when the manifest states one; the
# indented and the compact output both parse back with -Strict to the same
# compact JSON.
# Refused case: nothing is output; the terminating error record has the
# FullyQualifiedErrorId IscPat.<PatStatus>,<command class> (OUT_OF_RANGE ->
# OutOfRange), its TargetObject is the manifest's field path exactly ($null
# for the input as a whole), its message starts with '<field>: ' when there
# is a field, and the message does not hold the first 8 characters of the
# case's secret.
#
# json cases: ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse takes
# [string], so the file's bytes are decoded with a throwing UTF8Encoding
# (no U+FFFD repair, BOM kept as U+FEFF), then passed as -Json, with -Strict
# when the case says strict.
#   * Files that are not UTF-8 cannot be a .NET string at all. For them the
#     check is that the strict decode throws a DecoderFallbackException and
#     that the manifest expects a refusal; the cmdlet is not called (a lossy
#     decode would hand it a different, valid document). These are the eight
#     invalid-utf8-* files with raw bad bytes and utf16le-bom, plus
#     invalid-utf8-where-a-key-belongs (all INVALID_UTF8; the last one names
#     no field: the bad byte sits where JSON syntax is expected). Every other
#     file must decode; a file that fails to decode while the manifest
#     expects OK fails its test. The byte-level statuses and field paths of
#     these files are checked by the .NET corpus runner through
#     Parse(ReadOnlySpan<byte>).
#   * bom: decodes with the BOM kept as U+FEFF at index 0 (checked), and the
#     cmdlet refuses it exactly as the manifest says (MALFORMED_JSON).
#   * Array documents (the first character other than JSON whitespace is
#     '['): the cmdlet reads them as JSON arrays of responses, by design
#     (one object per item, errors prefixed with the item). The manifest
#     states what a single-response parse gives, so these cases are listed
#     in $ArrayCases with what the cmdlet gives instead: empty-array outputs
#     nothing and no error; nesting-10000-arrays-as-document is WRONG_TYPE
#     as the manifest says, naming its item [0] (an array, not an object).
#     Every array document must be listed, and every listed case must be one.
#   * Lone-surrogate \u escapes (lone-high-surrogate-in-name, ...) are valid
#     UTF-8 text: they go through the cmdlet and must give InvalidUtf8 with
#     the stated field.
#
# fields cases: Initialize-V2024PatOwner (-Type, -Id, -Name), then
# Initialize-V2024CreatePersonalAccessTokenResponse with that owner. Dates go
# in as the text itself (-Created accepts RFC 3339 text and has it parsed by
# the native library), so impossible dates, leap seconds and missing zones
# reach the builder and are refused there as INVALID_DATE, not by a
# [datetime] conversion. The validity goes in as [long], so 0, -1, 2^31 and
# the Int64 extremes are refused by the builder, not by PowerShell.
# Where PowerShell differs by design, that behaviour is checked explicitly:
#   * fields-owner-type-lowercase ('identity'): -Type of
#     Initialize-V2024PatOwner is a case-insensitive ValidateSet, documented
#     to store IDENTITY; the test checks that it does, then passes the exact
#     owner value as a hashtable to
#     Initialize-V2024CreatePersonalAccessTokenResponse (an exact-match
#     builder), which must refuse it as InvalidOwnerType naming owner.type.
#   * fields-owner-type-empty (''): the ValidateSet refuses '' at parameter
#     binding (ParameterArgumentValidationError on -Type); checked, then the
#     same exact-match path through the hashtable owner.
BeforeDiscovery {
    $repoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $corpusDir = if ($env:ISC_PAT_CORPUS_DIR) { $env:ISC_PAT_CORPUS_DIR } else { Join-Path $repoRoot 'tests/corpus' }
    $generatedDir = if ($env:ISC_PAT_CORPUS_GENERATED) { $env:ISC_PAT_CORPUS_GENERATED } else { Join-Path $repoRoot 'target/corpus' }
    $manifest = [System.IO.File]::ReadAllText((Join-Path $corpusDir 'manifest.json'), [System.Text.UTF8Encoding]::new($false, $true)) |
        ConvertFrom-Json -AsHashtable -DateKind String
    $cases = foreach ($c in $manifest) {
        @{
            Name      = $c.name
            Kind      = $c.kind
            InputPath = Join-Path ($c.generated ? $generatedDir : $corpusDir) $c.input
            Strict    = [bool] $c.strict
            Expect    = $c.expect
            Field     = $c.field
            Canonical = $c.canonical
        }
    }
    $jsonCases = @($cases | Where-Object Kind -EQ 'json')
    $fieldsCases = @($cases | Where-Object Kind -EQ 'fields')
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $ParseClass = 'IscPat.Commands.ConvertFromIscPatV2024JsonToCreatePersonalAccessTokenResponseCommand'
    $InitializeClass = 'IscPat.Commands.InitializeIscPatV2024CreatePersonalAccessTokenResponseCommand'
    $OwnerClass = 'IscPat.Commands.InitializeIscPatV2024PatOwnerCommand'
    # Throws on invalid UTF-8 instead of writing U+FFFD; GetString keeps a BOM.
    $StrictUtf8 = [System.Text.UTF8Encoding]::new($false, $true)
    # JSON array documents and the field the cmdlet names for them ($null: accepted with no output).
    $ArrayCases = @{ 'empty-array' = $null; 'nesting-10000-arrays-as-document' = '[0]' }

    # The PatStatus member for a manifest status: OUT_OF_RANGE -> OutOfRange.
    function ConvertTo-StatusName([string] $Expect) {
        (($Expect.ToLowerInvariant() -split '_') | ForEach-Object { $_.Substring(0, 1).ToUpperInvariant() + $_.Substring(1) }) -join ''
    }

    function Assert-Accepted([scriptblock] $Build, [AllowNull()][object] $Canonical) {
        $output = @(& $Build)
        $output.Count | Should -Be 1
        $compact = $output[0] | ConvertTo-V2024Json -Compress
        if ($null -ne $Canonical) {
            $compact | Should -BeExactly $Canonical
        }
        $indented = $output[0] | ConvertTo-V2024Json
        $indented | Should -Not -BeExactly $compact
        ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $compact -Strict | ConvertTo-V2024Json -Compress | Should -BeExactly $compact
        ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $indented -Strict | ConvertTo-V2024Json -Compress | Should -BeExactly $compact
    }

    function Assert-Refused([scriptblock] $Build, [string] $Class, [string] $Expect, [AllowNull()][object] $Field, [string] $SecretPrefix) {
        $failure = Get-Failure $Build
        $failure.Output | Should -BeNullOrEmpty
        $record = $failure.Record
        $record.FullyQualifiedErrorId | Should -BeExactly ('IscPat.{0},{1}' -f (ConvertTo-StatusName $Expect), $Class)
        if ($null -eq $Field) {
            $record.TargetObject | Should -BeNullOrEmpty
            $record.Exception.Message | Should -Not -BeNullOrEmpty
        } else {
            $record.Exception.Field | Should -BeExactly $Field
            $record.Exception.Message.StartsWith("${Field}: ", [System.StringComparison]::Ordinal) |
                Should -BeTrue -Because "the message '$($record.Exception.Message)' should start with '${Field}: '"
        }
        if ($SecretPrefix) {
            $record.Exception.Message.Contains($SecretPrefix) | Should -BeFalse -Because 'messages never hold the secret'
            $record.ToString().Contains($SecretPrefix) | Should -BeFalse -Because 'messages never hold the secret'
        }
    }

    function Invoke-Case([scriptblock] $Build, [string] $Class, [string] $Expect, [AllowNull()][object] $Field, [AllowNull()][object] $Canonical, [string] $SecretPrefix) {
        if ($Expect -eq 'OK') {
            Assert-Accepted $Build $Canonical
        } else {
            Assert-Refused $Build $Class $Expect $Field $SecretPrefix
        }
    }
}

Describe 'Corpus json cases through ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse' {
    It '<Name> gives <Expect>' -ForEach $jsonCases {
        Test-Path -LiteralPath $InputPath | Should -BeTrue -Because "$InputPath is generated by ``make corpus``"
        $bytes = [System.IO.File]::ReadAllBytes($InputPath)
        $text = $null
        $decodeError = $null
        try {
            $text = $StrictUtf8.GetString($bytes)
        } catch {
            $decodeError = $_.Exception.GetBaseException()
        }

        if ($null -ne $decodeError) {
            # Not UTF-8: no .NET string can hold this input faithfully.
            $decodeError | Should -BeOfType [System.Text.DecoderFallbackException]
            $Expect | Should -Not -Be 'OK'
            return
        }

        if ($bytes.Length -ge 3 -and $bytes[0] -eq 0xEF -and $bytes[1] -eq 0xBB -and $bytes[2] -eq 0xBF) {
            [int] $text[0] | Should -Be 0xFEFF -Because 'the byte order mark is kept as U+FEFF'
        }

        $prefix = [regex]::Match($text.Substring(0, [Math]::Min($text.Length, 4096)), '"secret"\s*:\s*"([0-9a-zA-Z]{8})')
        $secretPrefix = $prefix.Success ? $prefix.Groups[1].Value : '1d1bef2b'
        $build = if ($Strict) {
            { ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $text -Strict }
        } else {
            { ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json $text }
        }
        if ($text.TrimStart([char[]]" `t`r`n").StartsWith('[')) {
            $ArrayCases.ContainsKey($Name) | Should -BeTrue -Because 'every array document is listed in $ArrayCases'
            if ($null -eq $ArrayCases[$Name]) {
                @(& $build).Count | Should -Be 0
            } else {
                Assert-Refused $build $ParseClass $Expect $ArrayCases[$Name] $secretPrefix
            }
            return
        }

        $ArrayCases.ContainsKey($Name) | Should -BeFalse -Because 'only array documents are listed in $ArrayCases'
        Invoke-Case $build $ParseClass $Expect $Field $Canonical $secretPrefix
    }

    It 'finds exactly the nine json inputs listed above not to be UTF-8' -ForEach @(@{ Cases = $jsonCases }) {
        $undecodable = foreach ($case in $Cases) {
            try { $null = $StrictUtf8.GetString([System.IO.File]::ReadAllBytes($case.InputPath)) } catch { $case.Name }
        }
        $expected = @(
            'invalid-utf8-byte-ff-in-name', 'invalid-utf8-continuation-only-in-owner-id', 'invalid-utf8-encoded-surrogate-in-scope',
            'invalid-utf8-overlong-in-id', 'invalid-utf8-truncated-in-secret', 'invalid-utf8-where-a-key-belongs',
            'invalid-utf8-where-a-value-belongs', 'invalid-utf8-with-escape-in-name', 'utf16le-bom')
        @($undecodable | Sort-Object) | Should -Be @($expected | Sort-Object)
    }
}

Describe 'Corpus fields cases through Initialize-V2024PatOwner and Initialize-V2024CreatePersonalAccessTokenResponse' {
    It '<Name> gives <Expect>' -ForEach $fieldsCases {
        Test-Path -LiteralPath $InputPath | Should -BeTrue -Because "$InputPath is generated by ``make corpus``"
        $document = [System.Text.Json.JsonDocument]::Parse([System.ReadOnlyMemory[byte]] [System.IO.File]::ReadAllBytes($InputPath), [System.Text.Json.JsonDocumentOptions]::new())
        try {
            $f = @{}
            foreach ($property in $document.RootElement.EnumerateObject()) { $f[$property.Name] = $property.Value }
            $secret = $f.secret.GetString()
            $secretPrefix = $secret.Length -ge 8 ? $secret.Substring(0, 8) : ''
            $ownerType = $f.owner.GetProperty('type').GetString()
            $ownerFields = @{ type = $ownerType; id = $f.owner.GetProperty('id').GetString(); name = $f.owner.GetProperty('name').GetString() }

            $arguments = @{
                Id      = $f.id.GetString()
                Secret  = $secret
                Name    = $f.name.GetString()
                Created = $f.created.GetString()
                Scope   = $f.scope.ValueKind -eq 'Null' ? $null : [string[]] @($f.scope.EnumerateArray() | ForEach-Object { $_.GetString() })
            }
            if ($f.ContainsKey('accessTokenValiditySeconds') -and $f.accessTokenValiditySeconds.ValueKind -ne 'Null') {
                $arguments.AccessTokenValiditySeconds = $f.accessTokenValiditySeconds.GetInt64()
            }
            if ($f.ContainsKey('expirationDate') -and $f.expirationDate.ValueKind -ne 'Null') {
                $arguments.ExpirationDate = $f.expirationDate.GetString()
            }
        } finally {
            $document.Dispose()
        }

        if ($ownerType -cne 'IDENTITY') {
            # -Type is a case-insensitive ValidateSet (documented): 'identity'
            # becomes IDENTITY, anything else is refused at binding.
            if ($ownerType -eq 'IDENTITY') {
                (Initialize-V2024PatOwner -Type $ownerType -Id $ownerFields.id -Name $ownerFields.name).type | Should -BeExactly 'IDENTITY'
            } else {
                $binding = Get-Failure { Initialize-V2024PatOwner -Type $ownerType -Id $ownerFields.id -Name $ownerFields.name }
                $binding.Record.FullyQualifiedErrorId | Should -BeExactly "ParameterArgumentValidationError,$OwnerClass"
                $binding.Record.Exception.Message | Should -BeLike "*parameter 'Type'*"
            }
            # The exact-match builder: the owner as a hashtable.
            $arguments.Owner = $ownerFields
            Invoke-Case { Initialize-V2024CreatePersonalAccessTokenResponse @arguments } $InitializeClass $Expect $Field $Canonical $secretPrefix
            return
        }

        $ownerBuild = { Initialize-V2024PatOwner -Type $ownerFields.type -Id $ownerFields.id -Name $ownerFields.name }
        if ($Expect -ne 'OK' -and $Field -like 'owner.*') {
            # The owner is built first: its problems come from the owner builder.
            Assert-Refused $ownerBuild $OwnerClass $Expect $Field $secretPrefix
            return
        }

        $owner = & $ownerBuild
        $owner.PSObject.TypeNames[0] | Should -BeExactly 'IscPat.V2024PatOwner'
        $arguments.Owner = $owner
        Invoke-Case { Initialize-V2024CreatePersonalAccessTokenResponse @arguments } $InitializeClass $Expect $Field $Canonical $secretPrefix
    }
}
