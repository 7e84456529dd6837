using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

// Usage: WinX64Host <script.ps1> [name value]...  (named parameters of the script)
if (args.Length < 1 || args.Length % 2 != 1)
{
    Console.Error.WriteLine("usage: WinX64Host <script.ps1> [name value]...");
    return 2;
}

// CreateDefault, not CreateDefault2: the built-in modules' commands
// (Out-String, ConvertTo-Json, ...) come with the session, since a
// self-contained host has no $PSHOME/Modules to load them from.
InitialSessionState state = InitialSessionState.CreateDefault();
state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
using Runspace runspace = RunspaceFactory.CreateRunspace(state);
runspace.Open();
using PowerShell shell = PowerShell.Create(runspace);
shell.AddCommand(args[0]);
for (int i = 1; i < args.Length; i += 2)
{
    shell.AddParameter(args[i], args[i + 1]);
}

shell.AddCommand("Out-String").AddParameter("Stream");
try
{
    foreach (PSObject line in shell.Invoke())
    {
        Console.WriteLine(line);
    }
}
catch (RuntimeException e)
{
    Console.Error.WriteLine($"error: {e.ErrorRecord}");
    return 1;
}

foreach (InformationRecord info in shell.Streams.Information)
{
    Console.Error.WriteLine(info);
}

foreach (ErrorRecord error in shell.Streams.Error)
{
    Console.Error.WriteLine($"error: {error}");
}

return shell.HadErrors ? 1 : 0;
