# The short PowerShell soak: powershell/tools/Invoke-Soak.ps1 with 5,000
# rounds in this process (`make soak` runs 100,000 in a fresh one). The
# script prints its memory figures and exits 1 when memory grew beyond its
# bound, 2 when a round gave other JSON than the canonical JSON.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $SoakScript = Join-Path $PSScriptRoot '../tools/Invoke-Soak.ps1'
}

Describe 'Short soak of Initialize-V2024CreatePersonalAccessTokenResponse | ConvertTo-V2024Json' {
    It 'runs 5,000 rounds within the memory bound' {
        $global:LASTEXITCODE = $null
        $lines = & $SoakScript -Iterations 5000 -MaxGrowthMiB 64 -ModulePath $ModulePath 6>&1 | ForEach-Object { "$_" }
        $exitCode = $global:LASTEXITCODE
        $lines | ForEach-Object { Write-Host "      $_" }
        $exitCode | Should -Be 0
        $lines[-1] | Should -BeExactly 'soak: PASS'
        @($lines | Where-Object { $_ -match '^\s+[\d,]+\s+working set' }).Count | Should -Be 10
    }
}
