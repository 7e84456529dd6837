// The bulk round trip: 100,000 distinct objects built, serialized to one
// JSON array (a string) and parsed back, by the binding and by
// System.Text.Json with List<PocoResponse>. One side per child process, so
// that each process's peak resident memory (VmHWM) is its side's own.

using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat.Benchmarks;

public static class Bulk
{
    public const int Count = 100_000;

    private static string IdOf(int i) => i.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);

    private static string NameOf(int i) => "NodeJS Integration " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // ---- ours -------------------------------------------------------------

    public static CreatePersonalAccessTokenResponse[] OursBuild()
    {
        var items = new CreatePersonalAccessTokenResponse[Count];
        using PatOwner owner = PatOwner.Create(PatOwner.IdentityType, Example.OwnerId, Example.OwnerName);
        for (int i = 0; i < Count; i++)
        {
            items[i] = CreatePersonalAccessTokenResponse.Create(
                IdOf(i), Example.Secret, Example.Scope, NameOf(i), owner, Example.Created.AddSeconds(i), Example.Validity);
        }

        return items;
    }

    /// <summary>The binding's array writer: one native call for the whole array.</summary>
    public static string OursSerialize(CreatePersonalAccessTokenResponse[] items) =>
        CreatePersonalAccessTokenResponse.ToJson(items);

    /// <summary>The binding's array reader: one native parse, then one handle per item.</summary>
    public static IReadOnlyList<CreatePersonalAccessTokenResponse> OursParse(string json) =>
        CreatePersonalAccessTokenResponse.ParseList(json);

    private static void Dispose(IEnumerable<CreatePersonalAccessTokenResponse> items)
    {
        foreach (var item in items) item.Dispose();
    }

    // ---- baseline ---------------------------------------------------------

    public static List<PocoResponse> BaselineBuild()
    {
        var items = new List<PocoResponse>(Count);
        for (int i = 0; i < Count; i++)
        {
            items.Add(new PocoResponse
            {
                Id = IdOf(i),
                Secret = Example.Secret,
                Scope = new List<string>(Example.Scope),
                Name = NameOf(i),
                Owner = new PocoOwner { Type = PatOwner.IdentityType, Id = Example.OwnerId, Name = Example.OwnerName },
                Created = Example.Created.AddSeconds(i).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
                AccessTokenValiditySeconds = Example.Validity,
            });
        }

        return items;
    }

    public static string BaselineSerialize(List<PocoResponse> items) =>
        JsonSerializer.Serialize(items, PocoContext.Default.ListPocoResponse);

    public static List<PocoResponse> BaselineParse(string json) =>
        JsonSerializer.Deserialize(json, PocoContext.Default.ListPocoResponse)!;

    // ---- the child process ------------------------------------------------

    /// <summary>
    /// One side: `reps` timed round trips (after one untimed warm-up) when
    /// reps > 0, printing one JSON line of per-repetition times in ns; with
    /// reps = 0, a single round trip and its peak memory. Everything a round
    /// trip makes stays alive until its end, on both sides.
    /// </summary>
    public static int Child(string side, int reps)
    {
        bool ours = side == "ours";
        var build = new List<double>();
        var serialize = new List<double>();
        var parse = new List<double>();
        var total = new List<double>();
        int rounds = reps == 0 ? 1 : reps + 1;
        string? last = null;
        for (int r = 0; r < rounds; r++)
        {
            if (reps > 0)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
            }

            long t0 = Stopwatch.GetTimestamp();
            long t1, t2, t3, t4;
            if (ours)
            {
                var items = OursBuild();
                t1 = Stopwatch.GetTimestamp();
                string bytes = OursSerialize(items);
                t2 = Stopwatch.GetTimestamp();
                var back = OursParse(bytes);
                t3 = Stopwatch.GetTimestamp();
                Dispose(back);
                Dispose(items);
                t4 = Stopwatch.GetTimestamp();
                if (back.Count != Count) throw new InvalidOperationException("ours: parsed " + back.Count);
                last = bytes;
            }
            else
            {
                var items = BaselineBuild();
                t1 = Stopwatch.GetTimestamp();
                string bytes = BaselineSerialize(items);
                t2 = Stopwatch.GetTimestamp();
                var back = BaselineParse(bytes);
                t3 = Stopwatch.GetTimestamp();
                t4 = t3; // nothing to dispose: the GC takes the objects later
                if (back.Count != Count) throw new InvalidOperationException("baseline: parsed " + back.Count);
                last = bytes;
                GC.KeepAlive(items);
            }

            if (reps > 0 && r == 0) continue; // warm-up
            double tick = 1e9 / Stopwatch.Frequency / Count;
            build.Add((t1 - t0) * tick);
            serialize.Add((t2 - t1) * tick);
            parse.Add((t3 - t2) * tick);
            total.Add((t4 - t0) * tick);
        }

        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout))
        {
            w.WriteStartObject();
            w.WriteString("side", side);
            Rows.WriteArray(w, "build", build);
            Rows.WriteArray(w, "serialize", serialize);
            Rows.WriteArray(w, "parse", parse);
            Rows.WriteArray(w, "total", total);
            w.WriteNumber("bytes", last!.Length);
            w.WriteString("sha256", Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(last))));
            long? peak = PeakKb();
            if (peak is long kb) w.WriteNumber("peak_kb", kb); else w.WriteNull("peak_kb");
            w.WriteEndObject();
        }

        stdout.Write("\n"u8);
        return 0;
    }

    public static long? PeakKb()
    {
        try
        {
            foreach (string line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().ToString().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }

        return null;
    }
}
