# The floor of Import-Module for the benchmarks: a module manifest with no
# code, formats or types, which every module's import pays at least.
@{
    ModuleVersion     = '1.0.0'
    GUID              = 'b7a3c1f2-5d0e-4e8a-9c61-2f4d8e0a7b13'
    Author            = 'isc-pat'
    Description       = 'An empty module: the baseline of the Import-Module benchmark.'
    PowerShellVersion = '7.4'
    FunctionsToExport = @()
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
