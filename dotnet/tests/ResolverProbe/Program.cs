// Prints the owner JSON of one native call and the path the native library
// was loaded from (exit 0), or the resolver's message (exit 2).

using System;
using System.IO;
using System.Linq;
using IdentitySecurityCloud.PersonalAccessTokens;

try
{
    using var owner = PatOwner.Create(PatOwner.IdentityType, "probe", "Probe");
    Console.WriteLine(owner.ToJson());
    string? loaded = File.ReadAllLines("/proc/self/maps")
        .Where(l => l.Contains("isc_pat", StringComparison.Ordinal) && l.Contains('/', StringComparison.Ordinal))
        .Select(l => l[l.IndexOf('/', StringComparison.Ordinal)..])
        .FirstOrDefault();
    Console.WriteLine(loaded);
    return 0;
}
catch (DllNotFoundException e)
{
    Console.WriteLine(e.Message);
    return 2;
}
