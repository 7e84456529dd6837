using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using IdentitySecurityCloud.PersonalAccessTokens.Interop;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

/// <summary>
/// The native library resolver, tested through its parts so the process-wide
/// library binding of the other tests is never disturbed.
/// </summary>
public class ResolverTests
{
    private static string BundledLibrary() =>
        Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", NativeLibraryResolver.PlatformFileName());

    [Fact]
    public void Candidates_follow_the_nuget_then_module_layout_per_rid_then_the_assembly_folder()
    {
        var candidates = NativeLibraryResolver.Candidates(
            null, new[] { "/app", "/base" }, new[] { "debian.12-x64", "linux-x64" }, "libisc_pat.so");
        Assert.Equal(
            new[]
            {
                "/app/runtimes/debian.12-x64/native/libisc_pat.so",
                "/app/debian.12-x64/libisc_pat.so",
                "/app/runtimes/linux-x64/native/libisc_pat.so",
                "/app/linux-x64/libisc_pat.so",
                "/app/libisc_pat.so",
                "/base/runtimes/debian.12-x64/native/libisc_pat.so",
                "/base/debian.12-x64/libisc_pat.so",
                "/base/runtimes/linux-x64/native/libisc_pat.so",
                "/base/linux-x64/libisc_pat.so",
                "/base/libisc_pat.so",
            },
            candidates);
    }

    [Fact]
    public void An_explicit_path_from_the_environment_variable_is_the_only_candidate()
    {
        var candidates = NativeLibraryResolver.Candidates("/opt/x/libisc_pat.so", new[] { "/app" }, new[] { "linux-x64" }, "libisc_pat.so");
        Assert.Equal(new[] { "/opt/x/libisc_pat.so" }, candidates);
        Assert.Equal("ISC_PAT_NATIVE_LIBRARY", NativeLibraryResolver.EnvironmentVariable);
    }

    [Fact]
    public void The_platform_file_name_and_portable_rid_are_right_for_this_machine()
    {
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal("libisc_pat.so", NativeLibraryResolver.PlatformFileName());
            Assert.Contains("linux-" + RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant(), NativeLibraryResolver.RuntimeIdentifiers());
        }

        Assert.Equal(RuntimeInformation.RuntimeIdentifier, NativeLibraryResolver.RuntimeIdentifiers()[0]);
    }

    [Fact]
    public void An_explicit_path_loads_that_file()
    {
        string path = BundledLibrary();
        var tried = new List<string>();
        var candidates = NativeLibraryResolver.Candidates(path, new[] { "/nonexistent" }, new[] { "linux-x64" }, "libisc_pat.so");
        Assert.True(NativeLibraryResolver.TryLoadAny(candidates, tried, out IntPtr handle), string.Join("; ", tried));
        try
        {
            Assert.NotEqual(IntPtr.Zero, NativeLibrary.GetExport(handle, "isc_pat_version"));
        }
        finally
        {
            NativeLibrary.Free(handle);
        }
    }

    [Fact]
    public void A_missing_library_message_lists_every_path_tried()
    {
        string root = Path.Combine(Path.GetTempPath(), "isc-pat-missing-" + Guid.NewGuid().ToString("N"));
        var candidates = NativeLibraryResolver.Candidates(null, new[] { root }, new[] { "linux-x64", "linux-musl-x64" }, "libisc_pat.so");
        var tried = new List<string>();
        Assert.False(NativeLibraryResolver.TryLoadAny(candidates, tried, out IntPtr handle));
        Assert.Equal(IntPtr.Zero, handle);
        string message = NativeLibraryResolver.NotFoundMessage(tried);
        Assert.Equal(5, candidates.Count); // 2 rids x 2 layouts + the folder itself
        foreach (string candidate in candidates)
        {
            Assert.Contains(candidate + " (not found)", message, StringComparison.Ordinal);
        }

        Assert.Contains("ISC_PAT_NATIVE_LIBRARY", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_library_is_reported_as_such()
    {
        string bogus = Path.GetTempFileName();
        try
        {
            File.WriteAllText(bogus, "not a shared library");
            var tried = new List<string>();
            Assert.False(NativeLibraryResolver.TryLoadAny(new[] { bogus }, tried, out _));
            Assert.StartsWith(bogus + " (exists but did not load", Assert.Single(tried), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(bogus);
        }
    }

    [Fact]
    public void The_running_tests_use_the_library_from_runtimes_rid_native()
    {
        using var owner = DocumentedExample.Owner(); // makes sure the library is loaded
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        string[] mapped = File.ReadAllLines("/proc/self/maps")
            .Where(l => l.EndsWith("/" + NativeLibraryResolver.PlatformFileName(), StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf('/', StringComparison.Ordinal))..])
            .Distinct()
            .ToArray();
        string expected = Environment.GetEnvironmentVariable(NativeLibraryResolver.EnvironmentVariable) is { Length: > 0 } explicitPath
            ? Path.GetFullPath(explicitPath)
            : BundledLibrary();
        Assert.Contains(expected, mapped);
    }
}
