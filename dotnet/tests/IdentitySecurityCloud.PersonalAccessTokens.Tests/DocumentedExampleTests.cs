using System;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

public class DocumentedExampleTests
{
    [Fact]
    public void Fields_serialize_to_the_canonical_json()
    {
        using var response = DocumentedExample.Response();
        Assert.Equal(DocumentedExample.CanonicalJson, response.ToJson());
    }

    [Fact]
    public void Canonical_json_parses_to_every_documented_field()
    {
        using var response = CreatePersonalAccessTokenResponse.Parse(DocumentedExample.CanonicalJson);
        AssertIsDocumentedExample(response);
    }

    [Fact]
    public void Created_fields_read_back_as_given()
    {
        using var response = DocumentedExample.Response();
        AssertIsDocumentedExample(response);
    }

    [Fact]
    public void Indented_json_has_two_space_indent_and_parses_back_equal()
    {
        using var response = DocumentedExample.Response();
        string indented = response.ToIndentedJson();
        Assert.StartsWith("{\n  \"id\": \"86f1dc6fe8f54414950454cbb11278fa\",\n", indented, StringComparison.Ordinal);
        Assert.Contains("  \"owner\": {\n    \"type\": \"IDENTITY\",", indented, StringComparison.Ordinal);
        using var again = CreatePersonalAccessTokenResponse.Parse(indented, strict: true);
        AssertIsDocumentedExample(again);
        Assert.Equal(DocumentedExample.CanonicalJson, again.ToJson());
    }

    [Fact]
    public void Utf8_span_overload_parses_the_same()
    {
        byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(DocumentedExample.CanonicalJson);
        using var response = CreatePersonalAccessTokenResponse.Parse(utf8, strict: true);
        AssertIsDocumentedExample(response);
    }

    [Fact]
    public void Owner_serializes_parses_and_reads_back()
    {
        using var owner = DocumentedExample.Owner();
        Assert.Equal(DocumentedExample.OwnerJson, owner.ToJson());
        Assert.Equal("{\n  \"type\": \"IDENTITY\",\n  \"id\": \"2c9180a46faadee4016fb4e018c20639\",\n  \"name\": \"Support\"\n}", owner.ToIndentedJson());
        using var parsed = PatOwner.Parse(owner.ToIndentedJson(), strict: true);
        Assert.Equal(("IDENTITY", DocumentedExample.OwnerId, DocumentedExample.OwnerName), (parsed.Type, parsed.Id, parsed.Name));
        using var fromBytes = PatOwner.Parse("{\"type\":\"IDENTITY\",\"id\":\"x\",\"name\":\"\"}"u8);
        Assert.Equal(("x", ""), (fromBytes.Id, fromBytes.Name));
    }

    [Fact]
    public void Validity_defaults_to_43200_when_not_given()
    {
        using var owner = DocumentedExample.Owner();
        using var response = CreatePersonalAccessTokenResponse.Create(
            DocumentedExample.Id, DocumentedExample.Secret, DocumentedExample.Scope, DocumentedExample.Name, owner, DocumentedExample.Created);
        Assert.Equal(CreatePersonalAccessTokenResponse.DefaultAccessTokenValiditySeconds, response.AccessTokenValiditySeconds);
        Assert.Equal(43200, response.AccessTokenValiditySeconds);
        Assert.Contains("\"accessTokenValiditySeconds\":43200}", response.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Null_scope_and_empty_scope_stay_distinct()
    {
        using var owner = DocumentedExample.Owner();
        using var nullScope = CreatePersonalAccessTokenResponse.Create("a", "s", null, "n", owner, DocumentedExample.Created);
        using var emptyScope = CreatePersonalAccessTokenResponse.Create("a", "s", Array.Empty<string>(), "n", owner, DocumentedExample.Created);
        Assert.Null(nullScope.Scope);
        Assert.Contains("\"scope\":null", nullScope.ToJson(), StringComparison.Ordinal);
        Assert.NotNull(emptyScope.Scope);
        Assert.Empty(emptyScope.Scope!);
        Assert.Contains("\"scope\":[]", emptyScope.ToJson(), StringComparison.Ordinal);

        using var parsedNull = CreatePersonalAccessTokenResponse.Parse(nullScope.ToJson());
        Assert.Null(parsedNull.Scope);
    }

    [Fact]
    public void Expiration_date_is_kept_in_utc_and_written_only_when_set()
    {
        string json = DocumentedExample.Edit("36900}", "36900,\"expirationDate\":\"2018-01-11T19:45:37.098+01:00\"}");
        using var parsed = CreatePersonalAccessTokenResponse.Parse(json);
        Assert.Equal(new DateTimeOffset(2018, 1, 11, 18, 45, 37, 98, TimeSpan.Zero), parsed.ExpirationDate);
        Assert.Equal(TimeSpan.Zero, parsed.ExpirationDate!.Value.Offset);
        Assert.EndsWith("\"accessTokenValiditySeconds\":36900,\"expirationDate\":\"2018-01-11T18:45:37.098Z\"}", parsed.ToJson(), StringComparison.Ordinal);

        using var canonical = CreatePersonalAccessTokenResponse.Parse(DocumentedExample.CanonicalJson);
        Assert.Null(canonical.ExpirationDate);

        using var owner = DocumentedExample.Owner();
        using var created = CreatePersonalAccessTokenResponse.Create(
            "a", "s", null, "n", owner, DocumentedExample.Created, 60, new DateTimeOffset(2018, 1, 11, 19, 45, 37, 98, TimeSpan.FromHours(1)));
        Assert.EndsWith("\"accessTokenValiditySeconds\":60,\"expirationDate\":\"2018-01-11T18:45:37.098Z\"}", created.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Created_is_converted_to_utc_and_truncated_to_the_millisecond()
    {
        using var owner = DocumentedExample.Owner();
        // 20:45:37.0989999 at +02:00 is 18:45:37.098Z once truncated.
        var local = new DateTimeOffset(2017, 7, 11, 20, 45, 37, TimeSpan.FromHours(2)).AddTicks(989_999);
        using var response = CreatePersonalAccessTokenResponse.Create("a", "s", null, "n", owner, local);
        Assert.Equal(DocumentedExample.Created, response.Created);
        Assert.Equal(TimeSpan.Zero, response.Created.Offset);
        Assert.Contains("\"created\":\"2017-07-11T18:45:37.098Z\"", response.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Extreme_dates_round_trip()
    {
        using var owner = DocumentedExample.Owner();
        using var min = CreatePersonalAccessTokenResponse.Create("a", "s", null, "n", owner, DateTimeOffset.MinValue);
        Assert.Contains("\"created\":\"0001-01-01T00:00:00.000Z\"", min.ToJson(), StringComparison.Ordinal);
        Assert.Equal(DateTimeOffset.MinValue, min.Created);
        using var max = CreatePersonalAccessTokenResponse.Create("a", "s", null, "n", owner, DateTimeOffset.MaxValue);
        Assert.Contains("\"created\":\"9999-12-31T23:59:59.999Z\"", max.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Clone_is_independent_of_the_original()
    {
        var original = DocumentedExample.Response();
        using var clone = original.Clone();
        original.Dispose();
        AssertIsDocumentedExample(clone);
        using var owner = DocumentedExample.Owner();
        using var ownerClone = owner.Clone();
        owner.Dispose();
        Assert.Equal(DocumentedExample.OwnerJson, ownerClone.ToJson());
    }

    internal static void AssertIsDocumentedExample(CreatePersonalAccessTokenResponse response)
    {
        Assert.Equal(DocumentedExample.Id, response.Id);
        Assert.Equal(DocumentedExample.Secret, response.RevealSecret());
        Assert.Equal(DocumentedExample.Scope, response.Scope);
        Assert.Equal(DocumentedExample.Name, response.Name);
        Assert.Equal(PatOwner.IdentityType, response.Owner.Type);
        Assert.Equal(DocumentedExample.OwnerId, response.Owner.Id);
        Assert.Equal(DocumentedExample.OwnerName, response.Owner.Name);
        Assert.Equal(DocumentedExample.Created, response.Created);
        Assert.Equal(TimeSpan.Zero, response.Created.Offset);
        Assert.Equal(DocumentedExample.Validity, response.AccessTokenValiditySeconds);
        Assert.Null(response.ExpirationDate);
    }
}
