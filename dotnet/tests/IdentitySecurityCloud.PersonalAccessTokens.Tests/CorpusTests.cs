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
            Run(() => CreatePersonalAccessTokenResponse.Parse(bytes, strict), expect, field, canonical, SecretPrefixOf(bytes));
        }
        else
        {
            RunFields(bytes, expect, field, canonical);
        }
    }

    private static void Run(Func<CreatePersonalAccessTokenResponse> build, string expect, string? field, string? canonical, string secretPrefix)
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

        var e = Assert.Throws<PatException>(() => build().Dispose());
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
        catch (PatException e) when (expect != "OK")
        {
            AssertRefusal(e, expect, field, secretPrefix);
            return;
        }

        using (owner)
        {
            // A DateTimeOffset cannot hold an impossible date, a leap second or
            // a time without zone: for those cases the .NET type refuses the
            // value before any builder sees it, which is the .NET form of
            // INVALID_DATE.
            string createdText = f.GetProperty("created").GetString()!;
            string? expirationText = f.TryGetProperty("expirationDate", out JsonElement x) && x.ValueKind == JsonValueKind.String ? x.GetString() : null;
            if (!TryParseRfc3339(createdText, out DateTimeOffset created))
            {
                Assert.Equal(("INVALID_DATE", "created"), (expect, field));
                return;
            }

            DateTimeOffset? expiration = null;
            if (expirationText is not null)
            {
                if (!TryParseRfc3339(expirationText, out DateTimeOffset parsed))
                {
                    Assert.Equal(("INVALID_DATE", "expirationDate"), (expect, field));
                    return;
                }

                expiration = parsed;
            }

            long? validity = f.TryGetProperty("accessTokenValiditySeconds", out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;
            JsonElement s = f.GetProperty("scope");
            string[]? scope = s.ValueKind == JsonValueKind.Null ? null : s.EnumerateArray().Select(i => i.GetString()!).ToArray();
            Run(
                () => CreatePersonalAccessTokenResponse.Create(
                    f.GetProperty("id").GetString()!, secret, scope, f.GetProperty("name").GetString()!, owner, created, validity, expiration),
                expect,
                field,
                canonical,
                secretPrefix);
        }
    }

    /// <summary>Strict RFC 3339 with a zone, as far as <see cref="DateTimeOffset"/> can represent it.</summary>
    private static bool TryParseRfc3339(string text, out DateTimeOffset value)
    {
        value = default;
        if (!Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"))
        {
            return false;
        }

        // DateTimeOffset keeps 7 fraction digits; the API counts milliseconds.
        string normalized = Regex.Replace(text.ToUpperInvariant(), @"\.(\d{1,7})\d*", ".$1");
        return DateTimeOffset.TryParseExact(
            normalized,
            new[] { "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK" },
            CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal,
            out value);
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
