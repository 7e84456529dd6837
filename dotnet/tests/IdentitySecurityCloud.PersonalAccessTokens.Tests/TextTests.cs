using System;
using System.Linq;
using System.Text;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

public class TextTests
{
    private const string Unicode = "Niño Ærøskøbing 日本語 한국어 😀👩‍💻 \u00e9\u0301";

    [Fact]
    public void Non_ascii_text_round_trips_exactly_through_create_json_and_parse()
    {
        using var owner = PatOwner.Create(PatOwner.IdentityType, "id-" + Unicode, "Équipe " + Unicode);
        using var response = CreatePersonalAccessTokenResponse.Create(
            "tok-" + Unicode, "sécret-" + Unicode, new[] { "scope:" + Unicode, "b" }, "name " + Unicode, owner, DocumentedExample.Created);
        Assert.Equal("tok-" + Unicode, response.Id);
        Assert.Equal("sécret-" + Unicode, response.RevealSecret());
        Assert.Equal("name " + Unicode, response.Name);
        Assert.Equal("scope:" + Unicode, response.Scope![0]);
        Assert.Equal("id-" + Unicode, response.Owner.Id);
        Assert.Equal("Équipe " + Unicode, response.Owner.Name);

        string json = response.ToJson();
        Assert.Contains(Unicode, json, StringComparison.Ordinal); // written as UTF-8, not escaped
        using var parsed = CreatePersonalAccessTokenResponse.Parse(json);
        Assert.Equal(response.Name, parsed.Name);
        Assert.Equal(response.RevealSecret(), parsed.RevealSecret());
        Assert.Equal(json, parsed.ToJson());
        using var fromBytes = CreatePersonalAccessTokenResponse.Parse(Encoding.UTF8.GetBytes(json));
        Assert.Equal(json, fromBytes.ToJson());
    }

    [Fact]
    public void Json_escapes_decode_to_the_same_text()
    {
        string json = DocumentedExample.Edit("NodeJS Integration", @"Ni\u00f1o \ud83d\ude00 \u65e5\u672c \""q\"" \\ \/ \t");
        using var response = CreatePersonalAccessTokenResponse.Parse(json);
        Assert.Equal("Niño 😀 日本 \"q\" \\ / \t", response.Name);
    }

    [Fact]
    public void Embedded_nul_survives_create_getters_and_json()
    {
        using var owner = PatOwner.Create(PatOwner.IdentityType, "a\0b", "\0");
        Assert.Equal("a\0b", owner.Id);
        Assert.Equal("\0", owner.Name);
        using var response = CreatePersonalAccessTokenResponse.Create(
            "id\0tail", "se\0cret", new[] { "x\0y" }, "na\0me", owner, DocumentedExample.Created);
        Assert.Equal("id\0tail", response.Id);
        Assert.Equal("se\0cret", response.RevealSecret());
        Assert.Equal("na\0me", response.Name);
        Assert.Equal("x\0y", response.Scope![0]);
        Assert.Equal("a\0b", response.Owner.Id);
        string json = response.ToJson();
        Assert.Contains("\"id\":\"id\\u0000tail\"", json, StringComparison.Ordinal);
        using var parsed = CreatePersonalAccessTokenResponse.Parse(json);
        Assert.Equal("na\0me", parsed.Name);
    }

    [Fact]
    public void Lone_surrogate_in_a_field_is_reported_as_invalid_utf8_naming_the_field()
    {
        using var owner = DocumentedExample.Owner();
        var created = DocumentedExample.Created;
        var cases = new (Func<object> create, string field)[]
        {
            (() => CreatePersonalAccessTokenResponse.Create("a\uD800b", "s", null, "n", owner, created), "id"),
            (() => CreatePersonalAccessTokenResponse.Create("a", "s\uDC00", null, "n", owner, created), "secret"),
            (() => CreatePersonalAccessTokenResponse.Create("a", "s", null, "\uD83D", owner, created), "name"),
            (() => CreatePersonalAccessTokenResponse.Create("a", "s", new[] { "ok", "x\uDE00" }, "n", owner, created), "scope[1]"),
            (() => PatOwner.Create("IDENTITY", "\uD800", "n"), "owner.id"),
            (() => PatOwner.Create("IDENTITY", "i", "n\uDFFF"), "owner.name"),
        };
        foreach (var (create, field) in cases)
        {
            var e = Refusal.Of(() => create());
            Assert.Equal(PatStatus.InvalidUtf8, e.Code);
            Assert.Equal(field, e.Field);
            Assert.StartsWith(field + ": invalid UTF-16: lone surrogate U+", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Lone_surrogate_in_json_text_is_reported_and_never_replaced()
    {
        string json = DocumentedExample.Edit("NodeJS Integration", "NodeJS \uD83D Integration");
        var e = Assert.Throws<PatException>(() => CreatePersonalAccessTokenResponse.Parse(json));
        Assert.Equal(PatStatus.InvalidUtf8, e.Code);
        Assert.Null(e.Field);
        Assert.Contains("U+D83D", e.Message, StringComparison.Ordinal);
        Assert.Throws<PatException>(() => PatOwner.Parse("{\"type\":\"IDENTITY\",\"id\":\"\uDC00\",\"name\":\"\"}"));
    }

    [Fact]
    public void Long_text_and_many_scopes_use_larger_buffers_and_round_trip()
    {
        string longName = string.Concat(Enumerable.Repeat("日本語😀-", 500)); // far over the stack buffers
        string longSecret = new('s', 5000);
        string[] scopes = Enumerable.Range(0, 200).Select(i => $"scope:{i}:{new string('x', i)}").ToArray();
        using var owner = PatOwner.Create(PatOwner.IdentityType, new string('o', 3000), longName);
        using var response = CreatePersonalAccessTokenResponse.Create("id", longSecret, scopes, longName, owner, DocumentedExample.Created);
        Assert.Equal(longName, response.Name);
        Assert.Equal(longSecret, response.RevealSecret());
        Assert.Equal(scopes, response.Scope);
        Assert.Equal(longName, response.Owner.Name);
        using var parsed = CreatePersonalAccessTokenResponse.Parse(response.ToJson(), strict: true);
        Assert.Equal(scopes, parsed.Scope);
        Assert.Equal(longSecret, parsed.RevealSecret());
        Assert.Equal(response.ToJson(), parsed.ToJson());
    }
}
