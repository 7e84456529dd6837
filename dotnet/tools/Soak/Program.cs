using System;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat.Soak;

/// <summary>
/// Runs the documented example's create + ToJson loop N times with Dispose,
/// then N times without (each response left to its SafeHandle's finalizer),
/// printing the process's working set and private memory at the start, at
/// ten checkpoints (as they are, no collection forced) and at the end of
/// each phase (after full collections and pending finalizers), and the
/// operations per second.
///
/// Exit code 0 when, in each phase, the working set measured after full
/// collections (and after the allocator returned freed memory) grew by
/// less than the bound (--max-growth-mib, default 64 MiB) and no checkpoint
/// rose above the phase's start by more than four times that; 1 when a
/// bound was exceeded; 2 for bad arguments or a wrong JSON output. Private
/// memory is printed for information only: on Linux it counts address space
/// the allocator keeps reserved after returning its pages, so it stays up
/// after a burst of frees that leaves nothing live.
///
///   Soak [--iterations N] [--max-growth-mib M]
/// </summary>
internal static partial class Program
{
    private const string Id = "86f1dc6fe8f54414950454cbb11278fa";
    private const string Secret = "1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9";
    private const string Name = "NodeJS Integration";
    private const int Validity = 36900;
    private static readonly string[] Scope = { "demo:personal-access-token-scope:first", "demo:personal-access-token-scope:second" };
    private static readonly DateTimeOffset Created = new(2017, 7, 11, 18, 45, 37, 98, TimeSpan.Zero);

    private const string CanonicalJson =
        "{\"id\":\"86f1dc6fe8f54414950454cbb11278fa\",\"secret\":\"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9\",\"scope\":[\"demo:personal-access-token-scope:first\",\"demo:personal-access-token-scope:second\"],\"name\":\"NodeJS Integration\",\"owner\":{\"type\":\"IDENTITY\",\"id\":\"2c9180a46faadee4016fb4e018c20639\",\"name\":\"Support\"},\"created\":\"2017-07-11T18:45:37.098Z\",\"accessTokenValiditySeconds\":36900}";

    private const int Checkpoints = 10;

    private static int Main(string[] args)
    {
        long iterations = 1_000_000;
        double maxGrowthMib = 64;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--iterations" when i + 1 < args.Length && long.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n >= Checkpoints:
                    iterations = n;
                    i++;
                    break;
                case "--max-growth-mib" when i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out double m) && m > 0:
                    maxGrowthMib = m;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine("usage: Soak [--iterations N (>= 10)] [--max-growth-mib M]");
                    return 2;
            }
        }

        using PatOwner owner = PatOwner.Create(PatOwner.IdentityType, "2c9180a46faadee4016fb4e018c20639", "Support");
        using (CreatePersonalAccessTokenResponse first = New(owner))
        {
            if (first.ToJson() != CanonicalJson)
            {
                Console.Error.WriteLine("the loop's JSON is not the documented canonical JSON");
                return 2;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $".NET soak: {iterations:N0} iterations per phase, .NET {Environment.Version}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, " +
            $"bound {maxGrowthMib:F0} MiB growth after collection, {4 * maxGrowthMib:F0} MiB at checkpoints"));

        // Warm-up: JIT, pools, allocator arenas, GC budgets.
        RunPhase("warm-up (not judged)", owner, Math.Min(iterations, 100_000), dispose: true, print: false, maxGrowthMib);
        bool ok = RunPhase("with Dispose", owner, iterations, dispose: true, print: true, maxGrowthMib);
        ok &= RunPhase("without Dispose (SafeHandle finalizers)", owner, iterations, dispose: false, print: true, maxGrowthMib);
        Console.WriteLine(ok ? "soak: PASS" : "soak: FAIL (memory grew beyond the bound)");
        return ok ? 0 : 1;
    }

    private static CreatePersonalAccessTokenResponse New(PatOwner owner) =>
        CreatePersonalAccessTokenResponse.Create(Id, Secret, Scope, Name, owner, Created, Validity);

    private static bool RunPhase(string title, PatOwner owner, long iterations, bool dispose, bool print, double maxGrowthMib)
    {
        (long startWs, long startPrivate) = Collected();
        if (print)
        {
            Console.WriteLine($"-- {title}");
            Console.WriteLine($"   start                  working set {Mib(startWs),8} MiB  private {Mib(startPrivate),8} MiB  (after GC)");
        }

        long perCheckpoint = iterations / Checkpoints;
        long jsonLength = 0;
        long peakWs = startWs, peakPrivate = startPrivate;
        var total = Stopwatch.StartNew();
        for (int checkpoint = 1; checkpoint <= Checkpoints; checkpoint++)
        {
            long count = checkpoint == Checkpoints ? iterations - (perCheckpoint * (Checkpoints - 1)) : perCheckpoint;
            var block = Stopwatch.StartNew();
            if (dispose)
            {
                for (long i = 0; i < count; i++)
                {
                    using CreatePersonalAccessTokenResponse response = New(owner);
                    jsonLength += response.ToJson().Length;
                }
            }
            else
            {
                for (long i = 0; i < count; i++)
                {
                    // Dropped on purpose: no Dispose, no using.
                    CreatePersonalAccessTokenResponse response = New(owner);
                    jsonLength += response.ToJson().Length;
                }
            }

            block.Stop();
            (long ws, long priv) = Current();
            peakWs = Math.Max(peakWs, ws);
            peakPrivate = Math.Max(peakPrivate, priv);
            if (print)
            {
                long done = (perCheckpoint * (checkpoint - 1)) + count;
                Console.WriteLine(
                    $"   {done,12:N0}           working set {Mib(ws),8} MiB  private {Mib(priv),8} MiB  " +
                    $"GC heap {Mib(GC.GetTotalMemory(false)),7} MiB  {count / block.Elapsed.TotalSeconds,10:N0} ops/s");
            }
        }

        total.Stop();
        (long endWs, long endPrivate) = Collected();
        if (jsonLength != iterations * CanonicalJson.Length)
        {
            throw new InvalidOperationException("ToJson returned text of an unexpected length");
        }

        if (!print)
        {
            return true;
        }

        double limit = maxGrowthMib * 1024 * 1024;
        bool ok = endWs - startWs < limit && peakWs - startWs < 4 * limit;
        Console.WriteLine($"   end                    working set {Mib(endWs),8} MiB  private {Mib(endPrivate),8} MiB  (after GC)");
        Console.WriteLine(
            $"   {iterations:N0} create+ToJson{(dispose ? "+Dispose" : string.Empty)} in {total.Elapsed.TotalSeconds:F2} s = {iterations / total.Elapsed.TotalSeconds:N0} ops/s; " +
            $"growth after GC: working set {Signed(endWs - startWs)} MiB, private {Signed(endPrivate - startPrivate)} MiB; " +
            $"peak over start: working set {Signed(peakWs - startWs)} MiB, private {Signed(peakPrivate - startPrivate)} MiB; {(ok ? "within" : "EXCEEDS")} bound");
        return ok;
    }

    /// <summary>Memory after full collections and the finalizers they queue.</summary>
    private static (long WorkingSet, long Private) Collected()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        GC.Collect();
        ReturnFreedNativeMemory();
        return Current();
    }

    /// <summary>
    /// Asks glibc's allocator to give memory that was freed back to the
    /// system, so the process's memory reflects what is live rather than
    /// what the allocator keeps cached after a burst of finalizers.
    /// Elsewhere there is nothing to ask.
    /// </summary>
    private static void ReturnFreedNativeMemory()
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                _ = MallocTrim(0);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // Not glibc (e.g. musl): the figures then include the cache.
            }
        }
    }

    [LibraryImport("libc.so.6", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);

    private static (long WorkingSet, long Private) Current()
    {
        using var process = Process.GetCurrentProcess();
        return (process.WorkingSet64, process.PrivateMemorySize64);
    }

    private static string Mib(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("F1", CultureInfo.InvariantCulture);

    private static string Signed(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);
}
