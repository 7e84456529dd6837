using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

/// <summary>
/// Objects dropped without Dispose are freed by their SafeHandles'
/// finalizers, and the memory pressure the handles report makes the GC run
/// them in time: process memory stays flat. ISC_PAT_MEMORY_ITERATIONS
/// overrides the 1,000,000 iterations.
/// </summary>
[Collection(nameof(MemoryTests))]
public class MemoryTests
{
    // Leaking every response would grow memory by about 600 MiB per million;
    // freeing them, memory rises to a plateau (malloc arenas, GC budgets)
    // within the first million or two and stays there.
    private const long AllowedGrowthBytes = 96L * 1024 * 1024;

    private readonly ITestOutputHelper output;

    public MemoryTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Creating_and_dropping_responses_without_dispose_keeps_memory_flat()
    {
        int iterations = int.TryParse(
            Environment.GetEnvironmentVariable("ISC_PAT_MEMORY_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0
            ? n
            : 1_000_000;
        using var owner = DocumentedExample.Owner();

        void Loop(int count)
        {
            for (int i = 0; i < count; i++)
            {
                // Dropped on purpose: no Dispose, no using.
                CreatePersonalAccessTokenResponse.Create(
                    DocumentedExample.Id, DocumentedExample.Secret, DocumentedExample.Scope, DocumentedExample.Name,
                    owner, DocumentedExample.Created, DocumentedExample.Validity);
            }
        }

        Loop(300_000); // warm up: JIT, pools, allocator arenas, GC budgets
        (long workingBefore, long privateBefore) = Measure();
        var clock = Stopwatch.StartNew();
        const int Blocks = 4;
        var blocks = new System.Collections.Generic.List<string>();
        var blockWorkingSets = new System.Collections.Generic.List<long>();
        for (int block = 1; block <= Blocks; block++)
        {
            Loop(iterations / Blocks);
            (long w, long p) = Measure();
            string line = $"after {block * (iterations / Blocks):N0}: working set {Mib(w)} MiB, private {Mib(p)} MiB";
            output.WriteLine(line);
            blocks.Add(line);
            blockWorkingSets.Add(w);
        }

        clock.Stop();
        (long workingAfter, long privateAfter) = Measure();

        string summary =
            $"{iterations:N0} create/drop in {clock.Elapsed.TotalSeconds:F2} s; " +
            $"working set {Mib(workingBefore)} -> {Mib(workingAfter)} MiB ({Mib(workingAfter - workingBefore):+0.0;-0.0} MiB); " +
            $"private {Mib(privateBefore)} -> {Mib(privateAfter)} MiB ({Mib(privateAfter - privateBefore):+0.0;-0.0} MiB)";
        output.WriteLine(summary);
        // Also beside the test assembly, for `make test-dotnet` to print.
        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "memory-test.txt"), blocks.Append(summary));
        // Earlier tests may leave memory that is returned during this one, so
        // also check the span between the first and the last block.
        long blockGrowth = blockWorkingSets[^1] - blockWorkingSets[0];
        Assert.True(blockGrowth < AllowedGrowthBytes, $"working set grew by {Mib(blockGrowth)} MiB between the first and last block");
        Assert.True(workingAfter - workingBefore < AllowedGrowthBytes, $"working set grew by {Mib(workingAfter - workingBefore)} MiB");
        Assert.True(privateAfter - privateBefore < AllowedGrowthBytes, $"private memory grew by {Mib(privateAfter - privateBefore)} MiB");
    }

    private static (long WorkingSet, long Private) Measure()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (process.WorkingSet64, process.PrivateMemorySize64);
    }

    private static string Mib(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("F1", CultureInfo.InvariantCulture);
}

/// <summary>Runs the memory test alone, after the parallel tests, so their allocations do not blur its figures.</summary>
[CollectionDefinition(nameof(MemoryTests), DisableParallelization = true)]
public class MemoryTestsCollection
{
}
