// Per-object benchmarks (BenchmarkDotNet): the documented example built and
// serialized, and its canonical JSON parsed, by the binding and by
// System.Text.Json on the plain class. Each object is disposed (ours) or
// dropped (baseline) inside the measured call.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat.Benchmarks;

public static class Example
{
    public const string Id = "86f1dc6fe8f54414950454cbb11278fa";
    public const string Secret = "1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9";
    public const string Name = "NodeJS Integration";
    public const string OwnerId = "2c9180a46faadee4016fb4e018c20639";
    public const string OwnerName = "Support";
    public const string CreatedText = "2017-07-11T18:45:37.098Z";
    public const int Validity = 36900;
    public static readonly string[] Scope = { "demo:personal-access-token-scope:first", "demo:personal-access-token-scope:second" };
    public static readonly DateTimeOffset Created = DateTimeOffset.Parse(CreatedText, CultureInfo.InvariantCulture);

    public const string CanonicalJson =
        "{\"id\":\"86f1dc6fe8f54414950454cbb11278fa\",\"secret\":\"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9\"," +
        "\"scope\":[\"demo:personal-access-token-scope:first\",\"demo:personal-access-token-scope:second\"],\"name\":\"NodeJS Integration\"," +
        "\"owner\":{\"type\":\"IDENTITY\",\"id\":\"2c9180a46faadee4016fb4e018c20639\",\"name\":\"Support\"}," +
        "\"created\":\"2017-07-11T18:45:37.098Z\",\"accessTokenValiditySeconds\":36900}";

    public static string OursCreateToJson()
    {
        using PatOwner owner = PatOwner.Create(PatOwner.IdentityType, OwnerId, OwnerName);
        using CreatePersonalAccessTokenResponse token = CreatePersonalAccessTokenResponse.Create(
            Id, Secret, Scope, Name, owner, Created, Validity);
        return token.ToJson();
    }

    public static string BaselineCreateToJson()
    {
        var poco = new PocoResponse
        {
            Id = Id,
            Secret = Secret,
            Scope = new List<string>(Scope),
            Name = Name,
            Owner = new PocoOwner { Type = "IDENTITY", Id = OwnerId, Name = OwnerName },
            Created = CreatedText,
            AccessTokenValiditySeconds = Validity,
        };
        return JsonSerializer.Serialize(poco, PocoContext.Default.PocoResponse);
    }

    /// <summary>Both sides write exactly the canonical text and read it back to the same fields.</summary>
    public static void Check()
    {
        if (OursCreateToJson() != CanonicalJson) throw new InvalidOperationException("ours: not the canonical JSON: " + OursCreateToJson());
        if (BaselineCreateToJson() != CanonicalJson) throw new InvalidOperationException("baseline: not the canonical JSON: " + BaselineCreateToJson());
        using (var parsed = CreatePersonalAccessTokenResponse.Parse(CanonicalJson))
        {
            if (parsed.ToJson() != CanonicalJson) throw new InvalidOperationException("ours: parse does not round-trip");
        }
        var poco = JsonSerializer.Deserialize(CanonicalJson, PocoContext.Default.PocoResponse)!;
        if (JsonSerializer.Serialize(poco, PocoContext.Default.PocoResponse) != CanonicalJson)
            throw new InvalidOperationException("baseline: parse does not round-trip");
    }
}

[MemoryDiagnoser]
public class CreateToJson
{
    [Benchmark(Baseline = true)]
    public string Baseline() => Example.BaselineCreateToJson();

    [Benchmark]
    public string Ours() => Example.OursCreateToJson();
}

[MemoryDiagnoser]
public class ParseDispose
{
    private readonly string json = Example.CanonicalJson;

    [Benchmark(Baseline = true)]
    public PocoResponse? Baseline() => JsonSerializer.Deserialize(json, PocoContext.Default.PocoResponse);

    [Benchmark]
    public CreatePersonalAccessTokenResponse Ours()
    {
        CreatePersonalAccessTokenResponse parsed = CreatePersonalAccessTokenResponse.Parse(json);
        parsed.Dispose();
        return parsed;
    }
}
