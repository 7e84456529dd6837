// The bulk round trip: 100,000 distinct objects built, serialized to one
// JSON array (UTF-8 bytes) and parsed back, by the binding and by
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

    /// <summary>The ToJson() outputs, UTF-8, joined with commas inside brackets (the binding has no array writer).</summary>
    public static byte[] OursSerialize(CreatePersonalAccessTokenResponse[] items)
    {
        var buffer = new ArrayBufferWriter<byte>(items.Length * 420);
        buffer.Write("["u8);
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) buffer.Write(","u8);
            string json = items[i].ToJson();
            int written = Encoding.UTF8.GetBytes(json, buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(json.Length)));
            buffer.Advance(written);
        }

        buffer.Write("]"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Finds each element's byte range with Utf8JsonReader (the binding has no array reader) and parses it.</summary>
    public static CreatePersonalAccessTokenResponse[] OursParse(byte[] utf8)
    {
        var items = new List<CreatePersonalAccessTokenResponse>(Count);
        var reader = new Utf8JsonReader(utf8);
        reader.Read(); // [
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            int start = (int)reader.TokenStartIndex;
            reader.Skip();
            int end = (int)reader.BytesConsumed;
            items.Add(CreatePersonalAccessTokenResponse.Parse(utf8.AsSpan(start, end - start)));
        }

        return items.ToArray();
    }

    /// <summary>The scanner of <see cref="OursParse"/> alone: its share of the parse time.</summary>
    public static int ScanOnly(byte[] utf8)
    {
        int n = 0;
        var reader = new Utf8JsonReader(utf8);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            reader.Skip();
            n++;
        }

        return n;
    }

    private static void Dispose(CreatePersonalAccessTokenResponse[] items)
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

    public static byte[] BaselineSerialize(List<PocoResponse> items) =>
        JsonSerializer.SerializeToUtf8Bytes(items, PocoContext.Default.ListPocoResponse);

    public static List<PocoResponse> BaselineParse(byte[] utf8) =>
        JsonSerializer.Deserialize(utf8, PocoContext.Default.ListPocoResponse)!;

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
        var scan = new List<double>();
        int rounds = reps == 0 ? 1 : reps + 1;
        byte[]? last = null;
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
                byte[] bytes = OursSerialize(items);
                t2 = Stopwatch.GetTimestamp();
                var back = OursParse(bytes);
                t3 = Stopwatch.GetTimestamp();
                Dispose(back);
                Dispose(items);
                t4 = Stopwatch.GetTimestamp();
                if (back.Length != Count) throw new InvalidOperationException("ours: parsed " + back.Length);
                last = bytes;
                if (reps > 0 && r > 0)
                {
                    long s0 = Stopwatch.GetTimestamp();
                    ScanOnly(bytes);
                    scan.Add(Stopwatch.GetElapsedTime(s0).TotalNanoseconds / Count);
                }
            }
            else
            {
                var items = BaselineBuild();
                t1 = Stopwatch.GetTimestamp();
                byte[] bytes = BaselineSerialize(items);
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
            Rows.WriteArray(w, "scan", scan);
            w.WriteNumber("bytes", last!.Length);
            w.WriteString("sha256", Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(last)));
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
