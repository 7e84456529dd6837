// The .NET rows of `make bench`.
//
//   Benchmarks check                  both sides write the canonical JSON and read it back
//   Benchmarks rows OUT.jsonl [--quick]   per-object rows (BenchmarkDotNet) and bulk rows
//   Benchmarks bulk-child SIDE REPS   one side of the bulk round trip (used by `rows`)
//   Benchmarks loop [N [NAME]]        plain Stopwatch loops of the per-object operations (NAME: a filter)
//
// BenchmarkDotNet runs in process (InProcessEmitToolchain): no project is
// generated or restored at run time, so it works offline and on the build
// that `make bench-dotnet` just made.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace IscPat.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 1 && args[0] == "check")
        {
            Example.Check();
            Console.WriteLine("ok: both sides write and read the canonical JSON");
            return 0;
        }

        if (args.Length >= 1 && args[0] == "loop")
        {
            // A plain Stopwatch loop per operation: a cross-check of the
            // BenchmarkDotNet figures and a steady target for a profiler.
            int n = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000;
            var create = new CreateToJson();
            var parse = new ParseDispose();
            using var ownerKept = IdentitySecurityCloud.PersonalAccessTokens.PatOwner.Create("IDENTITY", Example.OwnerId, Example.OwnerName);
            using var kept = IdentitySecurityCloud.PersonalAccessTokens.CreatePersonalAccessTokenResponse.Create(
                Example.Id, Example.Secret, Example.Scope, Example.Name, ownerKept, Example.Created, Example.Validity);
            foreach (var (name, op) in new (string, Func<object?>)[]
            {
                // The parts of "create + ToJson + dispose", each alone.
                ("  part: owner create + dispose", () => { IdentitySecurityCloud.PersonalAccessTokens.PatOwner.Create("IDENTITY", Example.OwnerId, Example.OwnerName).Dispose(); return null; }),
                ("  part: response create + dispose", () => { IdentitySecurityCloud.PersonalAccessTokens.CreatePersonalAccessTokenResponse.Create(Example.Id, Example.Secret, Example.Scope, Example.Name, ownerKept, Example.Created, Example.Validity).Dispose(); return null; }),
                ("  part: ToJson", () => kept.ToJson()),
                ("create+ToJson ours", () => create.Ours()), ("create+ToJson baseline", () => create.Baseline()),
                ("parse ours", () => parse.Ours()), ("parse baseline", () => parse.Baseline()),
            })
            {
                if (args.Length > 2 && !name.Contains(args[2], StringComparison.Ordinal)) continue;
                for (int r = 0; r < 5; r++)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    for (int i = 0; i < n; i++) op();
                    Console.WriteLine($"{name}: {Stopwatch.GetElapsedTime(t0).TotalNanoseconds / n:F0} ns");
                }
            }

            return 0;
        }

        if (args.Length == 3 && args[0] == "bulk-child")
        {
            return Bulk.Child(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        }

        if (args.Length >= 2 && args[0] == "rows")
        {
            bool quick = args.Contains("--quick");
            Example.Check();
            using var rows = new Rows(args[1]);
            PerObjectRows(rows, quick, Path.Combine(Path.GetDirectoryName(Path.GetFullPath(args[1]))!, "..", "dotnet-bdn"));
            BulkRows(rows, quick);
            return 0;
        }

        Console.Error.WriteLine("usage: Benchmarks check | rows OUT.jsonl [--quick] | bulk-child ours|baseline REPS");
        return 2;
    }

    private static void PerObjectRows(Rows rows, bool quick, string artifacts)
    {
        Job job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1);
        job = quick
            ? job.WithWarmupCount(3).WithIterationCount(10).WithIterationTime(TimeInterval.FromMilliseconds(100)).WithId("quick")
            : job.WithWarmupCount(8).WithIterationCount(31).WithIterationTime(TimeInterval.FromMilliseconds(250)).WithId("full");
        IConfig config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(JsonExporter.Full)
            .WithArtifactsPath(Path.GetFullPath(artifacts))
            .WithOptions(ConfigOptions.DisableLogFile);
        string jobText = quick
            ? "BenchmarkDotNet in-process, 3 warm-up + 10 iterations of 100 ms"
            : "BenchmarkDotNet in-process, 8 warm-up + 31 iterations of 250 ms";

        // In process, the JIT's tiering is shared with BenchmarkDotNet's
        // workloads: run each operation for a while first, so that the short
        // quick-mode warm-up does not measure code still being promoted.
        Prewarm();
        Summary[] summaries = BenchmarkRunner.Run(new[] { typeof(CreateToJson), typeof(ParseDispose) }, config);
        var results = new Dictionary<string, BenchmarkReport>();
        foreach (Summary summary in summaries)
        {
            foreach (BenchmarkReport report in summary.Reports)
            {
                var d = report.BenchmarkCase.Descriptor;
                results[d.Type.Name + "." + d.WorkloadMethod.Name] = report;
            }
        }

        rows.Add(".NET", "create + ToJson + dispose (documented example)",
            Get(results, "CreateToJson.Ours"), Get(results, "CreateToJson.Baseline"),
            "System.Text.Json source-generated, plain class (camelCase) built then serialized", 1.5,
            jobText + "; ours: PatOwner.Create + CreatePersonalAccessTokenResponse.Create + ToJson() + both disposed; " +
            Alloc(results, "CreateToJson"));
        rows.Add(".NET", "parse + dispose",
            Get(results, "ParseDispose.Ours"), Get(results, "ParseDispose.Baseline"),
            "System.Text.Json source-generated, JsonSerializer.Deserialize(string) into the plain class", 1.0,
            jobText + "; ours: CreatePersonalAccessTokenResponse.Parse(string) + Dispose(); " + Alloc(results, "ParseDispose"));
    }

    private static void Prewarm()
    {
        var create = new CreateToJson();
        var parse = new ParseDispose();
        foreach (Func<object?> op in new Func<object?>[] { create.Ours, create.Baseline, parse.Ours, parse.Baseline })
        {
            long until = Stopwatch.GetTimestamp() + (Stopwatch.Frequency / 3);
            while (Stopwatch.GetTimestamp() < until)
            {
                for (int i = 0; i < 1000; i++) op();
            }
        }
    }

    private static (double Median, double Q1, double Q3) Get(Dictionary<string, BenchmarkReport> results, string key)
    {
        if (!results.TryGetValue(key, out BenchmarkReport? report) || report.ResultStatistics is null)
        {
            throw new InvalidOperationException("BenchmarkDotNet gave no result for " + key);
        }

        var s = report.ResultStatistics;
        return (s.Median, s.Q1, s.Q3);
    }

    private static string Alloc(Dictionary<string, BenchmarkReport> results, string type)
    {
        string One(string side)
        {
            var r = results[type + "." + side];
            long? bytes = r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase);
            return bytes is long b ? $"{side.ToLowerInvariant()} allocates {b} B/op managed" : side + ": allocation unknown";
        }

        return One("Ours") + ", " + One("Baseline");
    }

    private static void BulkRows(Rows rows, bool quick)
    {
        int reps = quick ? 3 : 11;
        JsonElement oursT = RunChild("ours", reps);
        JsonElement baseT = RunChild("baseline", reps);
        JsonElement oursP = RunChild("ours", 0);
        JsonElement baseP = RunChild("baseline", 0);
        if (oursT.GetProperty("sha256").GetString() != baseT.GetProperty("sha256").GetString())
        {
            throw new InvalidOperationException("bulk: the two sides did not write the same text");
        }

        string what = $"100,000 distinct objects, {oursT.GetProperty("bytes").GetInt32():N0} characters of JSON in one string (same text on both sides: checked); " +
                      $"median of {reps} repetitions in one child process per side after a warm-up";
        rows.Add(".NET (bulk)", "bulk 100k: serialize to one array", Stats(oursT.GetProperty("serialize")), Stats(baseT.GetProperty("serialize")),
            "JsonSerializer.Serialize(List<plain class>) to a string", 1.0,
            what + "; ours: CreatePersonalAccessTokenResponse.ToJson(items), the binding's array writer (each item written by the library into one wiped buffer, decoded once)");
        rows.Add(".NET (bulk)", "bulk 100k: parse the array", Stats(oursT.GetProperty("parse")), Stats(baseT.GetProperty("parse")),
            "JsonSerializer.Deserialize<List<plain class>>(string)", null,
            what + "; ours: CreatePersonalAccessTokenResponse.ParseList(string), the binding's array reader");
        rows.Add(".NET (bulk)", "bulk 100k: round trip + peak memory", Stats(oursT.GetProperty("total")), Stats(baseT.GetProperty("total")),
            "System.Text.Json, List<plain class>", null,
            what + "; build + serialize + parse (+ Dispose of all 200,000 objects on our side); peak: VmHWM of a separate child per side doing one round trip",
            oursP.GetProperty("peak_kb").GetInt64(), baseP.GetProperty("peak_kb").GetInt64(), "ours <= baseline");
    }

    private static (double Median, double Q1, double Q3) Stats(JsonElement array)
    {
        var v = array.EnumerateArray().Select(e => e.GetDouble()).OrderBy(x => x).ToArray();
        return (Quantile(v, 0.5), Quantile(v, 0.25), Quantile(v, 0.75));
    }

    private static double Quantile(double[] sorted, double p)
    {
        double pos = p * (sorted.Length - 1);
        int lo = (int)pos;
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((sorted[hi] - sorted[lo]) * (pos - lo));
    }

    private static JsonElement RunChild(string side, int reps)
    {
        string self = typeof(Program).Assembly.Location;
        string host = Environment.ProcessPath!;
        var psi = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") psi.ArgumentList.Add(self);
        psi.ArgumentList.Add("bulk-child");
        psi.ArgumentList.Add(side);
        psi.ArgumentList.Add(reps.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using Process child = Process.Start(psi)!;
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0) throw new InvalidOperationException($"bulk child {side} exited with {child.ExitCode}");
        Console.Error.WriteLine($"bulk {side} reps={reps}: {output.Trim()}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}

/// <summary>Rows in the format of bench/summarize.py, one JSON object per line.</summary>
public sealed class Rows : IDisposable
{
    private readonly StreamWriter file;

    public Rows(string path)
    {
        file = new StreamWriter(path, append: true);
    }

    public void Add(string layer, string operation, (double Median, double Q1, double Q3) ours, (double Median, double Q1, double Q3) baseline,
        string baselineText, double? targetMaxRatio, string note, long? peakOursKb = null, long? peakBaselineKb = null, string? peakTarget = null)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("layer", layer);
            w.WriteString("operation", operation);
            w.WriteNumber("ours_ns", ours.Median);
            WriteArray(w, "ours_spread", new[] { ours.Q1, ours.Q3 });
            w.WriteString("baseline", baselineText);
            w.WriteNumber("baseline_ns", baseline.Median);
            WriteArray(w, "baseline_spread", new[] { baseline.Q1, baseline.Q3 });
            if (peakOursKb is long po) w.WriteNumber("peak_ours_kb", po); else w.WriteNull("peak_ours_kb");
            if (peakBaselineKb is long pb) w.WriteNumber("peak_baseline_kb", pb); else w.WriteNull("peak_baseline_kb");
            if (targetMaxRatio is double t) w.WriteNumber("target_max_ratio", t); else w.WriteNull("target_max_ratio");
            if (peakTarget is not null) w.WriteString("peak_target", peakTarget);
            w.WriteString("note", note);
            w.WriteEndObject();
        }

        file.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        file.Flush();
    }

    public static void WriteArray(Utf8JsonWriter w, string name, IEnumerable<double> values)
    {
        w.WriteStartArray(name);
        foreach (double v in values) w.WriteNumberValue(v);
        w.WriteEndArray();
    }

    public void Dispose() => file.Dispose();
}
