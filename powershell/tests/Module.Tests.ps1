BeforeAll { . (Join-Path $PSScriptRoot 'TestSetup.ps1') }

Describe 'The IscPat module folder' {
    BeforeAll {
        $folder = Split-Path $ModulePath
        $manifest = Import-PowerShellDataFile $ModulePath
        $module = Get-Module IscPat
    }

    It 'exports the cmdlets and aliases of its manifest: every generation''s names as aliases of IscPat''s own cmdlets' {
        $manifest.CmdletsToExport.Count | Should -Be 22
        @($module.ExportedCmdlets.Keys | Sort-Object) | Should -Be @($manifest.CmdletsToExport | Sort-Object)
        @($module.ExportedAliases.Keys | Sort-Object) | Should -Be @($manifest.AliasesToExport | Sort-Object)
        foreach ($prefix in '', 'Beta', 'V2024', 'V2025', 'V2026') {
            (Get-Alias "Initialize-${prefix}CreatePersonalAccessTokenResponse").ReferencedCommand.Name | Should -Be "Initialize-IscPat${prefix}CreatePersonalAccessTokenResponse"
            (Get-Alias "ConvertFrom-${prefix}JsonToPatOwner").ReferencedCommand.Name | Should -Be "ConvertFrom-IscPat${prefix}JsonToPatOwner"
        }
        (Get-Alias 'Initialize-PSSailpoint.V2024CreatePersonalAccessTokenResponse').ReferencedCommand.Name | Should -Be 'Initialize-IscPatV2024CreatePersonalAccessTokenResponse'
        (Get-Alias 'Initialize-PSSailpoint.V2024PatOwner').ReferencedCommand.Name | Should -Be 'Initialize-IscPatV2024PatOwner'
        (Get-Alias 'ConvertTo-V2024Json').ReferencedCommand.Name | Should -Be 'ConvertTo-IscPatJson'
        (Get-Alias 'ConvertTo-V2024PatCredential').ReferencedCommand.Name | Should -Be 'ConvertTo-IscPatCredential'
    }

    It 'uses only approved verbs (Get-Verb)' {
        $approved = (Get-Verb).Verb
        foreach ($command in $module.ExportedCmdlets.Values) {
            $approved | Should -Contain $command.Verb -Because "$($command.Name) must use an approved verb"
        }
    }

    It 'exports no functions and no variables' {
        $manifest.FunctionsToExport.Count | Should -Be 0
        $manifest.VariablesToExport.Count | Should -Be 0
        $module.ExportedFunctions.Count | Should -Be 0
        $module.ExportedVariables.Count | Should -Be 0
    }

    It 'takes its version from Cargo.toml' {
        $cargo = Get-Content -Raw (Join-Path $RepoRoot 'Cargo.toml')
        $cargo -match '(?ms)^\[package\].*?^version\s*=\s*"([^"]+)"' | Should -BeTrue
        $module.Version | Should -Be ([version]$Matches[1])
    }

    It 'requires PowerShell 7.4 Core and ships its format file (loaded on first use, not by the manifest)' {
        $manifest.PowerShellVersion | Should -Be '7.4'
        $manifest.CompatiblePSEditions | Should -Be @('Core')
        $manifest.ContainsKey('FormatsToProcess') | Should -BeFalse
        Join-Path $folder 'IscPat.Format.ps1xml' | Should -Exist
        $manifest.GUID | Should -Not -BeNullOrEmpty
        $manifest.Author | Should -Not -BeNullOrEmpty
        $manifest.Description | Should -Not -BeNullOrEmpty
    }

    It 'ships the native library under the runtime id folder, help and assemblies' {
        Join-Path $folder 'linux-x64/libisc_pat.so' | Should -Exist
        Join-Path $folder 'en-US/IscPat.dll-Help.xml' | Should -Exist
        Join-Path $folder 'en-US/about_IscPat.help.txt' | Should -Exist
        Join-Path $folder 'IscPat.dll' | Should -Exist
        Join-Path $folder 'IdentitySecurityCloud.PersonalAccessTokens.dll' | Should -Exist
    }

    It 'imports in well under a second in a fresh pwsh' {
        Push-Location $RepoRoot
        try {
            $ms = dotnet pwsh -NoProfile -NonInteractive -Command "(Measure-Command { Import-Module '$ModulePath' }).TotalMilliseconds"
        } finally { Pop-Location }
        $ms = [double]($ms | Select-Object -Last 1)
        Write-Host "    Import-Module took $([math]::Round($ms)) ms"
        $ms | Should -BeLessThan 1000
    }
}
