using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;

namespace IdentitySecurityCloud.PersonalAccessTokens.Interop;

/// <summary>
/// Finds the native library <c>isc_pat</c> for this assembly's P/Invokes.
/// </summary>
/// <remarks>
/// Order of search:
/// <list type="number">
/// <item>When the environment variable <c>ISC_PAT_NATIVE_LIBRARY</c> is set
/// (not empty), that file and nothing else: an explicit choice that does not
/// load is an error, not a reason to load some other copy.</item>
/// <item>Beside this assembly (and the application's base directory), for the
/// current runtime identifier and then the portable one
/// (<c>linux-x64</c>, <c>osx-arm64</c>, <c>win-x64</c>, ...):
/// <c>runtimes/&lt;rid&gt;/native/&lt;file&gt;</c> (the NuGet layout) and
/// <c>&lt;rid&gt;/&lt;file&gt;</c> (the PowerShell module layout), then
/// <c>&lt;file&gt;</c> itself; the file is <c>libisc_pat.so</c> on Linux,
/// <c>libisc_pat.dylib</c> on macOS, <c>isc_pat.dll</c> on Windows.</item>
/// <item>The runtime's normal search (which also honours <c>LD_LIBRARY_PATH</c>
/// and friends).</item>
/// </list>
/// When nothing loads, a <see cref="DllNotFoundException"/> names the platform
/// (portable runtime identifier, operating system, architecture), lists every
/// path tried and the runtime identifiers the packages ship.
/// </remarks>
internal static class NativeLibraryResolver
{
    /// <summary>The environment variable naming an explicit library file.</summary>
    internal const string EnvironmentVariable = "ISC_PAT_NATIVE_LIBRARY";

    private static int registered;

    /// <summary>Installs the resolver for <paramref name="assembly"/>, once.</summary>
    internal static void Register(Assembly assembly)
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(assembly, Resolve);
        }
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != Native.LibraryName)
        {
            return IntPtr.Zero;
        }

        string? explicitPath = Environment.GetEnvironmentVariable(EnvironmentVariable);
        IReadOnlyList<string> candidates = Candidates(
            explicitPath, SearchDirectories(assembly), RuntimeIdentifiers(), PlatformFileName());
        var tried = new List<string>(candidates.Count + 1);
        if (TryLoadAny(candidates, tried, out IntPtr handle))
        {
            return handle;
        }

        if (string.IsNullOrEmpty(explicitPath))
        {
            tried.Add($"{libraryName} (the runtime's default search)");
            if (NativeLibrary.TryLoad(libraryName, assembly, searchPath, out handle))
            {
                return handle;
            }
        }

        throw new DllNotFoundException(NotFoundMessage(tried));
    }

    /// <summary>The files to try, in order (see the class remarks).</summary>
    /// <param name="explicitPath">The value of <c>ISC_PAT_NATIVE_LIBRARY</c>, if any.</param>
    /// <param name="directories">Where the managed assembly lives.</param>
    /// <param name="runtimeIdentifiers">The runtime identifiers to look under, most specific first.</param>
    /// <param name="fileName">The platform's file name of the library.</param>
    internal static IReadOnlyList<string> Candidates(
        string? explicitPath, IEnumerable<string> directories, IEnumerable<string> runtimeIdentifiers, string fileName)
    {
        var list = new List<string>();
        if (!string.IsNullOrEmpty(explicitPath))
        {
            list.Add(explicitPath);
            return list;
        }

        foreach (string directory in directories)
        {
            foreach (string rid in runtimeIdentifiers)
            {
                Add(list, Path.Combine(directory, "runtimes", rid, "native", fileName));
                Add(list, Path.Combine(directory, rid, fileName));
            }

            Add(list, Path.Combine(directory, fileName));
        }

        return list;
    }

    /// <summary>Loads the first candidate that exists and loads, recording each attempt in <paramref name="tried"/>.</summary>
    internal static bool TryLoadAny(IEnumerable<string> candidates, List<string> tried, out IntPtr handle)
    {
        foreach (string path in candidates)
        {
            if (!File.Exists(path))
            {
                tried.Add($"{path} (not found)");
                continue;
            }

            try
            {
                handle = NativeLibrary.Load(path);
                return true;
            }
            catch (Exception e) when (e is DllNotFoundException or BadImageFormatException)
            {
                tried.Add($"{path} (exists but did not load: {e.Message})");
            }
        }

        handle = IntPtr.Zero;
        return false;
    }

    /// <summary>The message of the exception thrown when nothing loads.</summary>
    internal static string NotFoundMessage(IEnumerable<string> tried)
    {
        var text = new StringBuilder();
        text.Append("The native library '").Append(Native.LibraryName)
            .Append("' of IdentitySecurityCloud.PersonalAccessTokens was not found for this platform, ")
            .Append(PlatformDescription()).Append(". Tried:");
        foreach (string attempt in tried)
        {
            text.AppendLine().Append("  ").Append(attempt);
        }

        text.AppendLine().Append("The packages ship ").Append(string.Join(", ", ShippedRuntimeIdentifiers))
            .Append(". Set ").Append(EnvironmentVariable)
            .Append(" to the full path of a library built for this platform, or place it in runtimes/<rid>/native/ beside the assembly.");
        return text.ToString();
    }

    /// <summary>The runtime identifiers the NuGet package and the PowerShell module carry a library for.</summary>
    internal static readonly string[] ShippedRuntimeIdentifiers = { "linux-x64", "linux-arm64", "win-x64" };

    /// <summary>This process's platform as a user would name it, e.g. <c>linux-arm64 (Ubuntu 24.04.1 LTS, Arm64)</c>.</summary>
    internal static string PlatformDescription()
    {
        IReadOnlyList<string> rids = RuntimeIdentifiers();
        return $"{rids[rids.Count - 1]} ({RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.ProcessArchitecture})";
    }

    /// <summary>The library's file name on this operating system.</summary>
    internal static string PlatformFileName()
    {
        if (OperatingSystem.IsWindows())
        {
            return "isc_pat.dll";
        }

        return OperatingSystem.IsMacOS() || OperatingSystem.IsIOS() || OperatingSystem.IsMacCatalyst()
            ? "libisc_pat.dylib"
            : "libisc_pat.so";
    }

    /// <summary>The runtime identifier of this process, then its portable form (e.g. <c>linux-x64</c>).</summary>
    internal static IReadOnlyList<string> RuntimeIdentifiers()
    {
        var rids = new List<string>(2);
        Add(rids, RuntimeInformation.RuntimeIdentifier);
        string os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        string arch = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            Architecture.X86 => "x86",
            Architecture.Arm => "arm",
            var other => other.ToString().ToLowerInvariant(),
        };
        Add(rids, $"{os}-{arch}");
        return rids;
    }

    private static IReadOnlyList<string> SearchDirectories(Assembly assembly)
    {
        var directories = new List<string>(2);
        string location = assembly.Location; // empty for single-file apps
        if (!string.IsNullOrEmpty(location))
        {
            Add(directories, Path.GetDirectoryName(location));
        }

        Add(directories, AppContext.BaseDirectory);
        return directories;
    }

    private static void Add(List<string> list, string? item)
    {
        if (!string.IsNullOrEmpty(item))
        {
            string normalized = item.EndsWith(Path.DirectorySeparatorChar) && item.Length > 1 ? item.TrimEnd(Path.DirectorySeparatorChar) : item;
            if (!list.Contains(normalized))
            {
                list.Add(normalized);
            }
        }
    }
}
