// The binding in a native AOT program: create, serialize (string, UTF-8
// buffer, System.Text.Json source generation), parse back, compare.
// Prints "ok" and the canonical JSON; exits with 1 when a check fails.

using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using IdentitySecurityCloud.PersonalAccessTokens;

using var owner = PatOwner.Create(PatOwner.IdentityType, "2c9180a46faadee4016fb4e018c20639", "Support");
using var token = CreatePersonalAccessTokenResponse.Create(
    "86f1dc6fe8f54414950454cbb11278fa",
    "1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9",
    new[] { "demo:personal-access-token-scope:first", "demo:personal-access-token-scope:second" },
    "NodeJS Integration",
    owner,
    new DateTimeOffset(2017, 7, 11, 18, 45, 37, 98, TimeSpan.Zero),
    accessTokenValiditySeconds: 36900);

string json = token.ToJson();
var buffer = new ArrayBufferWriter<byte>();
token.WriteJson(buffer);
string record = JsonSerializer.Serialize(new Stored("ci", token), StoredContext.Default.Stored);
Stored back = JsonSerializer.Deserialize(record, StoredContext.Default.Stored)!;
bool parsed = CreatePersonalAccessTokenResponse.TryParse(buffer.WrittenSpan, out CreatePersonalAccessTokenResponse? again);

bool ok = parsed
    && again == token
    && back.Token == token
    && Encoding.UTF8.GetString(buffer.WrittenSpan) == json
    && record == "{\"label\":\"ci\",\"token\":" + json + "}"
    && !CreatePersonalAccessTokenResponse.TryParse("{}", out _);
again?.Dispose();
back.Token?.Dispose();
Console.WriteLine(ok ? "ok" : "FAILED");
Console.WriteLine(json);
return ok ? 0 : 1;

/// <summary>A caller's own type holding a response.</summary>
internal sealed record Stored(string Label, CreatePersonalAccessTokenResponse? Token);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Stored))]
internal sealed partial class StoredContext : JsonSerializerContext
{
}
