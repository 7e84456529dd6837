using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using IdentitySecurityCloud.PersonalAccessTokens.Interop;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

/// <summary>
/// The resolver end to end, in child processes (ResolverProbe), so that the
/// environment variable and the files beside the assembly can be changed
/// without touching the library this test process already loaded.
/// </summary>
public class ResolverProcessTests
{
    private static readonly string ProbeDll = typeof(ResolverProcessTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ResolverProbe").Value!;

    private static (int ExitCode, string Output) RunProbe(string probeDll, string? nativeLibrary)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(probeDll);
        start.Environment[NativeLibraryResolver.EnvironmentVariable] = nativeLibrary ?? string.Empty;
        start.Environment["LD_LIBRARY_PATH"] = string.Empty;
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "the probe did not finish");
        return (process.ExitCode, output);
    }

    private static string CopyProbeWithoutNativeLibrary()
    {
        string directory = Path.Combine(Path.GetTempPath(), "isc-pat-probe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        foreach (string file in Directory.GetFiles(Path.GetDirectoryName(ProbeDll)!))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        return directory;
    }

    [Fact]
    public void Without_the_variable_the_library_is_found_in_runtimes_rid_native()
    {
        var (exitCode, output) = RunProbe(ProbeDll, null);
        Assert.True(exitCode == 0, output);
        Assert.Contains("{\"type\":\"IDENTITY\",\"id\":\"probe\",\"name\":\"Probe\"}", output, StringComparison.Ordinal);
        Assert.Contains("/runtimes/linux-x64/native/libisc_pat.so", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_environment_variable_names_the_file_that_is_loaded()
    {
        string directory = CopyProbeWithoutNativeLibrary();
        try
        {
            string chosen = Path.Combine(directory, "chosen-isc_pat-copy.so");
            File.Copy(Path.Combine(Path.GetDirectoryName(ProbeDll)!, "runtimes", "linux-x64", "native", "libisc_pat.so"), chosen);
            var (exitCode, output) = RunProbe(Path.Combine(directory, "ResolverProbe.dll"), chosen);
            Assert.True(exitCode == 0, output);
            Assert.Contains(chosen, output.Split('\n').Select(l => l.Trim()));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_missing_explicit_library_is_an_error_naming_it()
    {
        string missing = Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"), "libisc_pat.so");
        var (exitCode, output) = RunProbe(ProbeDll, missing);
        Assert.True(exitCode == 2, output);
        Assert.Contains(missing + " (not found)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("runtimes", output.Replace("runtimes/<rid>/native/", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_library_lists_every_path_tried()
    {
        string directory = CopyProbeWithoutNativeLibrary();
        try
        {
            var (exitCode, output) = RunProbe(Path.Combine(directory, "ResolverProbe.dll"), null);
            Assert.True(exitCode == 2, output);
            foreach (string rid in new[] { "linux-x64" })
            {
                Assert.Contains(Path.Combine(directory, "runtimes", rid, "native", "libisc_pat.so") + " (not found)", output, StringComparison.Ordinal);
                Assert.Contains(Path.Combine(directory, rid, "libisc_pat.so") + " (not found)", output, StringComparison.Ordinal);
            }

            Assert.Contains(Path.Combine(directory, "libisc_pat.so") + " (not found)", output, StringComparison.Ordinal);
            Assert.Contains("isc_pat (the runtime's default search)", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
