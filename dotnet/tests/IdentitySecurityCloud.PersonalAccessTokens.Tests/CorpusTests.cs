using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

/// <summary>
/// The shared hostile-input corpus (tests/corpus/README.md), run through the
/// .NET API: each case must give exactly the stated status and field path.
/// Generated inputs come from `make corpus` (target/corpus/).
/// </summary>
public class CorpusTests
{
    private static readonly string RepoRoot = typeof(CorpusTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    private static string CorpusDir =>
        Environment.GetEnvironmentVariable("ISC_PAT_CORPUS_DIR") is { Length: > 0 } dir ? dir : Path.Combine(RepoRoot, "tests", "corpus");

    private static string GeneratedDir =>
        Environment.GetEnvironmentVariable("ISC_PAT_CORPUS_GENERATED") is { Length: > 0 } dir ? dir : Path.Combine(RepoRoot, "target", "corpus");

    public static IEnumerable<object[]> Cases()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(CorpusDir, "manifest.json")));
        return manifest.RootElement.EnumerateArray().Select(c => new object[] { c.GetProperty("name").GetString()! }).ToList();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_gives_the_stated_outcome(string name)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(CorpusDir, "manifest.json")));
        JsonElement c = manifest.RootElement.EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);
        string input = Path.Combine(
            c.GetProperty("generated").GetBoolean() ? GeneratedDir : CorpusDir,
            c.GetProperty("input").GetString()!.Replace('/', Path.DirectorySeparatorChar));
        Assert.True(File.Exists(input), $"{input} is missing; run `make corpus` first");
        byte[] bytes = File.ReadAllBytes(input);
        string expect = c.GetProperty("expect").GetString()!;
        string? field = c.GetProperty("field").ValueKind == JsonValueKind.Null ? null : c.GetProperty("field").GetString();
        string? canonical = c.TryGetProperty("canonical", out JsonElement k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
        bool strict = c.GetProperty("strict").GetBoolean();

        if (c.GetProperty("kind").GetString() == "json")
        {
            Run(() => CreatePersonalAccessTokenResponse.Parse(bytes, strict), byCreate: false, expect, field, canonical, SecretPrefixOf(bytes));
        }
        else
        {
            RunFields(bytes, expect, field, canonical);
        }
    }

    /// <summary>Builds the case's response: by <c>Create</c> (<paramref name="byCreate"/>, refusing with a
    /// <see cref="PatArgumentException"/>) or by <c>Parse</c> (refusing with a <see cref="PatException"/>).</summary>
    private static void Run(Func<CreatePersonalAccessTokenResponse> build, bool byCreate, string expect, string? field, string? canonical, string secretPrefix)
    {
        if (expect == "OK")
        {
            using CreatePersonalAccessTokenResponse response = build();
            string compact = response.ToJson();
            if (canonical is not null)
            {
                Assert.Equal(canonical, compact);
            }

            using var fromCompact = CreatePersonalAccessTokenResponse.Parse(compact, strict: true);
            Assert.Equal(compact, fromCompact.ToJson());
            using var fromIndented = CreatePersonalAccessTokenResponse.Parse(response.ToIndentedJson(), strict: true);
            Assert.Equal(compact, fromIndented.ToJson());
            return;
        }

        PatException e = byCreate ? Refusal.Of(() => build().Dispose()) : Assert.Throws<PatException>(() => build().Dispose());
        AssertRefusal(e, expect, field, secretPrefix);
    }

    private static void AssertRefusal(PatException e, string expect, string? field, string secretPrefix)
    {
        Assert.Equal(expect, StatusName(e.Code));
        Assert.Equal(field, e.Field);
        if (field is not null)
        {
            Assert.StartsWith(field + ": ", e.Message, StringComparison.Ordinal);
        }

        if (secretPrefix.Length > 0)
        {
            Assert.DoesNotContain(secretPrefix, e.Message, StringComparison.Ordinal);
        }
    }

    private static void RunFields(byte[] bytes, string expect, string? field, string? canonical)
    {
        using var document = JsonDocument.Parse(bytes);
        JsonElement f = document.RootElement;
        string secret = f.GetProperty("secret").GetString()!;
        string secretPrefix = secret.Length >= 8 ? secret[..8] : string.Empty;
        JsonElement o = f.GetProperty("owner");

        PatOwner owner;
        try
        {
            owner = PatOwner.Create(o.GetProperty("type").GetString()!, o.GetProperty("id").GetString()!, o.GetProperty("name").GetString()!);
        }
        catch (PatArgumentException e) when (expect != "OK")
        {
            AssertRefusal(Assert.IsType<PatException>(e.InnerException), expect, field, secretPrefix);
            return;
        }

        using (owner)
        {
            // Dates as a user types them: the text overload, which has the
            // native library read them (isc_pat_date_parse) and name the field.
            string createdText = f.GetProperty("created").GetString()!;
            string? expirationText = f.TryGetProperty("expirationDate", out JsonElement x) && x.ValueKind == JsonValueKind.String ? x.GetString() : null;
            long? validity = f.TryGetProperty("accessTokenValiditySeconds", out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;
            JsonElement s = f.GetProperty("scope");
            string[]? scope = s.ValueKind == JsonValueKind.Null ? null : s.EnumerateArray().Select(i => i.GetString()!).ToArray();
            Run(
                () => CreatePersonalAccessTokenResponse.Create(
                    f.GetProperty("id").GetString()!, secret, scope, f.GetProperty("name").GetString()!, owner, createdText, validity, expirationText),
                byCreate: true,
                expect,
                field,
                canonical,
                secretPrefix);
        }
    }

    private static string SecretPrefixOf(byte[] json)
    {
        Match m = Regex.Match(Encoding.UTF8.GetString(json, 0, Math.Min(json.Length, 4096)), "\"secret\"\\s*:\\s*\"([0-9a-zA-Z]{8})");
        return m.Success ? m.Groups[1].Value : "1d1bef2b";
    }

    /// <summary>The C enum's name without its prefix: InvalidUtf8 -> INVALID_UTF8.</summary>
    private static string StatusName(PatStatus status) =>
        Regex.Replace(status.ToString(), "(?<=[a-z0-9])(?=[A-Z])", "_").ToUpperInvariant();
}
