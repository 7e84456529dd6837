// The baseline model: a plain class with the same fields and wire names as
// CreatePersonalAccessTokenResponse (owner nested, `created` kept as text,
// nothing validated), serialized by System.Text.Json's source generator.

using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IscPat.Benchmarks;

public sealed class PocoOwner
{
    public string Type { get; set; } = "";
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
}

public sealed class PocoResponse
{
    public string Id { get; set; } = "";
    public string Secret { get; set; } = "";
    public List<string>? Scope { get; set; }
    public string Name { get; set; } = "";
    public PocoOwner Owner { get; set; } = new();
    public string Created { get; set; } = "";
    public int AccessTokenValiditySeconds { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PocoResponse))]
[JsonSerializable(typeof(List<PocoResponse>))]
internal sealed partial class PocoContext : JsonSerializerContext
{
}
