# Get-Content file.json | ConvertFrom-V2024JsonTo... without -Raw: the piped
# lines of one document are joined, as ConvertFrom-Json joins them; when the
# first piped string is a whole document, each string is one document.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $folder = Join-Path ([System.IO.Path]::GetTempPath()) ("iscpat-lines-" + [guid]::NewGuid())
    $null = New-Item -ItemType Directory $folder
    $token = New-DocumentedToken
    $Pretty = $token | ConvertTo-V2024Json
    $PrettyArray = $token, $token | ConvertTo-V2024Json
}
AfterAll { Remove-Item -Recurse -Force $folder }

Describe 'Get-Content without -Raw' {
    It 'reads an indented response file as one document' {
        $path = Join-Path $folder 'token.json'
        Set-Content -LiteralPath $path -Value $Pretty -Encoding utf8NoBOM
        @(Get-Content -LiteralPath $path).Count | Should -BeGreaterThan 5
        $out = @(Get-Content -LiteralPath $path | ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse)
        $out.Count | Should -Be 1
        $out[0] | ConvertTo-V2024Json -Compress | Should -BeExactly $CanonicalJson
    }

    It 'reads an indented array file as its items' {
        $path = Join-Path $folder 'tokens.json'
        Set-Content -LiteralPath $path -Value $PrettyArray -Encoding utf8NoBOM
        $out = @(Get-Content -LiteralPath $path | ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Strict)
        $out.Count | Should -Be 2
        $out | ConvertTo-V2024Json -Compress | Should -BeExactly "[$CanonicalJson,$CanonicalJson]"
    }

    It 'reads an indented owner file' {
        $path = Join-Path $folder 'owner.json'
        Set-Content -LiteralPath $path -Value ($token.owner | ConvertTo-V2024Json) -Encoding utf8NoBOM
        $owner = Get-Content -LiteralPath $path | ConvertFrom-V2024JsonToPatOwner
        @($owner).Count | Should -Be 1
        $owner.name | Should -BeExactly 'Support'
    }

    It 'reads one document per line when the first line is a whole document (JSON Lines)' {
        $lines = $CanonicalJson, $CanonicalJson.Replace('NodeJS Integration', 'Second'), $CanonicalJson.Replace('NodeJS Integration', 'Third')
        $out = @($lines | ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse)
        $out.name | Should -Be @('NodeJS Integration', 'Second', 'Third')
    }

    It 'reports a bad line of JSON Lines and reads the others' {
        $errors = [System.Collections.ArrayList]::new()
        $lines = $CanonicalJson, '{"id":', $CanonicalJson
        $out = @($lines | ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -ErrorVariable +errors -ErrorAction SilentlyContinue)
        $out.Count | Should -Be 2
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'IscPat.MalformedJson,*'
    }

    It 'reports a file that is not a whole document once, as one document' {
        $errors = [System.Collections.ArrayList]::new()
        $lines = @($Pretty -split "`n")
        $out = @($lines[0..($lines.Count - 2)] | ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -ErrorVariable +errors -ErrorAction SilentlyContinue)
        $out.Count | Should -Be 0
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'IscPat.MalformedJson,*'
    }

    It 'does not join text given to -Json by name' {
        $errors = [System.Collections.ArrayList]::new()
        $null = ConvertFrom-V2024JsonToCreatePersonalAccessTokenResponse -Json '{' -ErrorVariable +errors -ErrorAction SilentlyContinue
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'IscPat.MalformedJson,*'
    }
}
