using System;
using System.Text;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

/// <summary>TryParse: string, characters and UTF-8 bytes, lenient and strict; false instead of an exception.</summary>
public class TryParseTests
{
    private static readonly string WithExtraKey = DocumentedExample.Edit("{\"id\"", "{\"extra\":1,\"id\"");
    private static readonly string BadOwnerType = DocumentedExample.Edit("\"IDENTITY\"", "\"identity\"");

    [Fact]
    public void A_valid_response_is_parsed_from_each_form()
    {
        Assert.True(CreatePersonalAccessTokenResponse.TryParse(DocumentedExample.CanonicalJson, out var fromString));
        Assert.True(CreatePersonalAccessTokenResponse.TryParse(DocumentedExample.CanonicalJson.AsSpan(), out var fromChars));
        Assert.True(CreatePersonalAccessTokenResponse.TryParse(Encoding.UTF8.GetBytes(DocumentedExample.CanonicalJson).AsSpan(), out var fromBytes));
        using (fromString)
        using (fromChars)
        using (fromBytes)
        {
            DocumentedExampleTests.AssertIsDocumentedExample(fromString);
            DocumentedExampleTests.AssertIsDocumentedExample(fromChars);
            DocumentedExampleTests.AssertIsDocumentedExample(fromBytes);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{\"id\":\"x\"}")]
    public void Invalid_text_gives_false_and_null(string json)
    {
        Assert.False(CreatePersonalAccessTokenResponse.TryParse(json, out var fromString));
        Assert.Null(fromString);
        Assert.False(CreatePersonalAccessTokenResponse.TryParse(json.AsSpan(), out var fromChars));
        Assert.Null(fromChars);
        Assert.False(CreatePersonalAccessTokenResponse.TryParse(Encoding.UTF8.GetBytes(json).AsSpan(), out var fromBytes));
        Assert.Null(fromBytes);
    }

    [Fact]
    public void An_invalid_field_gives_false()
    {
        Assert.False(CreatePersonalAccessTokenResponse.TryParse(BadOwnerType, out var result));
        Assert.Null(result);
    }

    [Fact]
    public void Null_gives_false()
    {
        Assert.False(CreatePersonalAccessTokenResponse.TryParse((string?)null, out var response));
        Assert.Null(response);
        Assert.False(PatOwner.TryParse((string?)null, out var owner));
        Assert.Null(owner);
    }

    [Fact]
    public void A_lone_surrogate_and_invalid_UTF8_give_false()
    {
        string lone = DocumentedExample.Edit("NodeJS Integration", "NodeJS \uD83D Integration");
        Assert.False(CreatePersonalAccessTokenResponse.TryParse(lone, out _));
        Assert.False(CreatePersonalAccessTokenResponse.TryParse(lone.AsSpan(), out _));
        byte[] bytes = Encoding.UTF8.GetBytes(DocumentedExample.CanonicalJson);
        bytes[Array.IndexOf(bytes, (byte)'N')] = 0xFF;
        Assert.False(CreatePersonalAccessTokenResponse.TryParse(bytes.AsSpan(), out _));
    }

    [Fact]
    public void Strict_refuses_an_unknown_key_that_lenient_skips()
    {
        Assert.True(CreatePersonalAccessTokenResponse.TryParse(WithExtraKey, out var lenient));
        lenient!.Dispose();
        Assert.False(CreatePersonalAccessTokenResponse.TryParse(WithExtraKey, strict: true, out var strict));
        Assert.Null(strict);
        Assert.False(CreatePersonalAccessTokenResponse.TryParse(WithExtraKey.AsSpan(), strict: true, out _));
        Assert.False(CreatePersonalAccessTokenResponse.TryParse(Encoding.UTF8.GetBytes(WithExtraKey).AsSpan(), strict: true, out _));
        Assert.True(CreatePersonalAccessTokenResponse.TryParse(DocumentedExample.CanonicalJson, strict: true, out var canonical));
        canonical!.Dispose();
    }

    [Fact]
    public void Owner_TryParse_in_each_form()
    {
        Assert.True(PatOwner.TryParse(DocumentedExample.OwnerJson, out var a));
        Assert.True(PatOwner.TryParse(DocumentedExample.OwnerJson.AsSpan(), out var b));
        Assert.True(PatOwner.TryParse(Encoding.UTF8.GetBytes(DocumentedExample.OwnerJson).AsSpan(), out var c));
        using (a)
        using (b)
        using (c)
        {
            Assert.Equal(DocumentedExample.OwnerId, a.Id);
            Assert.Equal(a, b);
            Assert.Equal(a, c);
        }

        string extra = DocumentedExample.OwnerJson.Replace("{", "{\"x\":1,", StringComparison.Ordinal);
        Assert.False(PatOwner.TryParse(extra, strict: true, out _));
        Assert.False(PatOwner.TryParse(extra.AsSpan(), strict: true, out _));
        Assert.False(PatOwner.TryParse(Encoding.UTF8.GetBytes(extra).AsSpan(), strict: true, out _));
        Assert.True(PatOwner.TryParse(extra, out var skipped));
        skipped!.Dispose();
        Assert.False(PatOwner.TryParse("{\"type\":\"identity\",\"id\":\"x\",\"name\":\"\"}", out var bad));
        Assert.Null(bad);
    }

    [Fact]
    public void Parse_from_characters_matches_Parse_from_a_string()
    {
        using var fromChars = CreatePersonalAccessTokenResponse.Parse(DocumentedExample.CanonicalJson.AsSpan());
        DocumentedExampleTests.AssertIsDocumentedExample(fromChars);
        var e = Assert.Throws<PatException>(() => CreatePersonalAccessTokenResponse.Parse(BadOwnerType.AsSpan()));
        Assert.Equal("owner.type", e.Field);
        using var owner = PatOwner.Parse(DocumentedExample.OwnerJson.AsSpan());
        Assert.Equal(DocumentedExample.OwnerName, owner.Name);
    }
}
