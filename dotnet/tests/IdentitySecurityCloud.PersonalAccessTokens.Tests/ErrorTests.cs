using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

/// <summary>Every refusal of the C ABI, seen from .NET as one typed exception.</summary>
public class ErrorTests
{
    private const string SecretPrefix = "1d1bef2b9f";

    private static PatException ParseFails(string json, bool strict = false)
        => Assert.Throws<PatException>(() => CreatePersonalAccessTokenResponse.Parse(json, strict));

    private static void AssertError(PatException e, PatStatus code, string? field)
    {
        Assert.Equal(code, e.Code);
        Assert.Equal(field, e.Field);
        if (field is not null)
        {
            Assert.StartsWith(field + ": ", e.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(SecretPrefix, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretPrefix, e.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("secret")]
    [InlineData("name")]
    public void Create_refuses_an_empty_required_string(string field)
    {
        using var owner = DocumentedExample.Owner();
        var e = Refusal.Of(() => CreatePersonalAccessTokenResponse.Create(
            field == "id" ? "" : DocumentedExample.Id,
            field == "secret" ? "" : DocumentedExample.Secret,
            DocumentedExample.Scope,
            field == "name" ? "" : DocumentedExample.Name,
            owner,
            DocumentedExample.Created));
        AssertError(e, PatStatus.EmptyField, field);
        Assert.Equal($"{field}: must not be empty", e.Message);
    }

    [Fact]
    public void Owner_create_refuses_an_empty_id_but_accepts_an_empty_name()
    {
        var e = Refusal.Of(() => PatOwner.Create(PatOwner.IdentityType, "", "Support"));
        AssertError(e, PatStatus.EmptyField, "owner.id");
        using var owner = PatOwner.Create(PatOwner.IdentityType, "x", "");
        Assert.Equal("", owner.Name);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(2147483648L)]
    [InlineData(long.MinValue)]
    public void Create_refuses_a_validity_outside_1_to_int32_max(long seconds)
    {
        using var owner = DocumentedExample.Owner();
        var e = Refusal.Of(() => CreatePersonalAccessTokenResponse.Create(
            DocumentedExample.Id, DocumentedExample.Secret, DocumentedExample.Scope, DocumentedExample.Name, owner, DocumentedExample.Created, seconds));
        AssertError(e, PatStatus.OutOfRange, "accessTokenValiditySeconds");
        Assert.Contains(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("2147483648")]
    public void Parse_refuses_a_validity_outside_1_to_int32_max(string literal)
    {
        AssertError(ParseFails(DocumentedExample.Edit("36900", literal)), PatStatus.OutOfRange, "accessTokenValiditySeconds");
    }

    [Theory]
    [InlineData("2017-07-11T18:45:37.098")]  // no zone
    [InlineData("2017-02-30T00:00:00Z")]     // no such day
    [InlineData("2016-12-31T23:59:60Z")]     // leap second
    [InlineData("2017-07-11")]
    [InlineData("yesterday")]
    public void Parse_refuses_a_bad_created_date(string text)
    {
        AssertError(ParseFails(DocumentedExample.Edit("2017-07-11T18:45:37.098Z", text)), PatStatus.InvalidDate, "created");
    }

    [Fact]
    public void Parse_refuses_a_bad_expiration_date()
    {
        AssertError(
            ParseFails(DocumentedExample.Edit("36900}", "36900,\"expirationDate\":\"2018-02-29T00:00:00Z\"}")),
            PatStatus.InvalidDate,
            "expirationDate");
    }

    [Fact]
    public void Owner_type_must_be_exactly_IDENTITY()
    {
        var e = ParseFails(DocumentedExample.Edit("\"IDENTITY\"", "\"identity\""));
        AssertError(e, PatStatus.InvalidOwnerType, "owner.type");
        Assert.Equal("owner.type: unknown owner type \"identity\"; the only type is \"IDENTITY\"", e.Message);

        var created = Refusal.Of(() => PatOwner.Create("identity", "x", "y"));
        AssertError(created, PatStatus.InvalidOwnerType, "owner.type");
        var parsed = Assert.Throws<PatException>(() => PatOwner.Parse("{\"type\":\"USER\",\"id\":\"x\",\"name\":\"y\"}"));
        AssertError(parsed, PatStatus.InvalidOwnerType, "owner.type");
    }

    public static IEnumerable<object[]> RequiredKeys() => new[]
    {
        "id", "secret", "scope", "name", "owner", "created", "accessTokenValiditySeconds",
    }.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(RequiredKeys))]
    public void Every_required_key_is_required(string key)
    {
        using var response = DocumentedExample.Response();
        // Rebuild the canonical JSON without one key, from the indented form (one key per top-level line).
        string[] lines = response.ToIndentedJson().Split('\n');
        int start = Array.FindIndex(lines, l => l.StartsWith($"  \"{key}\"", StringComparison.Ordinal));
        int end = lines[start].EndsWith('[') || lines[start].EndsWith('{')
            ? Array.FindIndex(lines, start, l => l.StartsWith("  ]", StringComparison.Ordinal) || l.StartsWith("  }", StringComparison.Ordinal))
            : start;
        string without = string.Join('\n', lines.Take(start).Concat(lines.Skip(end + 1))).Replace(",\n}", "\n}", StringComparison.Ordinal);

        var e = ParseFails(without);
        AssertError(e, PatStatus.MissingField, key);
        Assert.Equal($"{key}: required key is missing", e.Message);
    }

    [Fact]
    public void Missing_owner_key_names_the_nested_path()
    {
        AssertError(ParseFails(DocumentedExample.Edit("\"type\":\"IDENTITY\",", "")), PatStatus.MissingField, "owner.type");
    }

    [Theory]
    [InlineData("\"86f1dc6fe8f54414950454cbb11278fa\"", "42", "id", "id: expected a string, found a number")]
    [InlineData("\"NodeJS Integration\"", "null", "name", "name: expected a string, found null")]
    [InlineData("\"demo:personal-access-token-scope:second\"", "7", "scope[1]", "scope[1]: expected a string, found a number")]
    [InlineData("36900", "\"36900\"", "accessTokenValiditySeconds", "accessTokenValiditySeconds: expected an integer, found a string")]
    [InlineData("\"2017-07-11T18:45:37.098Z\"", "true", "created", "created: expected a string, found a boolean")]
    [InlineData("{\"type\":\"IDENTITY\",\"id\":\"2c9180a46faadee4016fb4e018c20639\",\"name\":\"Support\"}", "[]", "owner", "owner: expected an object, found an array")]
    public void Wrong_types_name_the_field_and_what_was_found(string from, string to, string field, string message)
    {
        var e = ParseFails(DocumentedExample.Edit(from, to));
        AssertError(e, PatStatus.WrongType, field);
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void A_secret_of_the_wrong_type_is_not_quoted()
    {
        var e = ParseFails(DocumentedExample.Edit("\"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9\"", "[\"1d1bef2b9f\"]"));
        AssertError(e, PatStatus.WrongType, "secret");
    }

    [Fact]
    public void Duplicate_keys_are_refused()
    {
        AssertError(
            ParseFails(DocumentedExample.Edit("{\"id\":\"86f1dc6fe8f54414950454cbb11278fa\",", "{\"id\":\"a\",\"id\":\"86f1dc6fe8f54414950454cbb11278fa\",")),
            PatStatus.DuplicateKey,
            "id");
        AssertError(
            ParseFails(DocumentedExample.Edit("\"type\":\"IDENTITY\",", "\"type\":\"IDENTITY\",\"type\":\"IDENTITY\",")),
            PatStatus.DuplicateKey,
            "owner.type");
    }

    [Fact]
    public void Unknown_keys_are_skipped_when_lenient_and_refused_when_strict()
    {
        string json = DocumentedExample.Edit("36900}", "36900,\"newField\":{\"deep\":[1,2.5e-3,true,false,null,\"x\"]}}");
        using (var lenient = CreatePersonalAccessTokenResponse.Parse(json))
        {
            Assert.Equal(DocumentedExample.CanonicalJson, lenient.ToJson());
        }

        AssertError(ParseFails(json, strict: true), PatStatus.UnknownKey, "newField");

        string ownerExtra = DocumentedExample.Edit("\"name\":\"Support\"}", "\"name\":\"Support\",\"email\":\"x\"}");
        using (var lenient = CreatePersonalAccessTokenResponse.Parse(ownerExtra, strict: false))
        {
            Assert.Equal("Support", lenient.Owner.Name);
        }

        AssertError(ParseFails(ownerExtra, strict: true), PatStatus.UnknownKey, "owner.email");
        var owner = Assert.Throws<PatException>(() => PatOwner.Parse("{\"type\":\"IDENTITY\",\"id\":\"x\",\"name\":\"y\",\"z\":1}", strict: true));
        AssertError(owner, PatStatus.UnknownKey, "owner.z"); // an owner's fields are named as inside a response
    }

    [Theory]
    [InlineData("", "line 1, column 0: EOF")]
    [InlineData("   ", "line 1, column 3: EOF")]
    [InlineData("{", "line 1")]
    [InlineData("{\"id\":}", "line 1")]
    public void Malformed_json_is_refused_with_a_location(string json, string needle)
    {
        var e = ParseFails(json);
        AssertError(e, PatStatus.MalformedJson, e.Field);
        Assert.Contains(needle, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_garbage_and_truncation_are_malformed()
    {
        var trailing = ParseFails(DocumentedExample.CanonicalJson + " x");
        AssertError(trailing, PatStatus.MalformedJson, trailing.Field);
        Assert.Contains("trailing characters", trailing.Message, StringComparison.Ordinal);

        var truncated = ParseFails(DocumentedExample.CanonicalJson[..^1]);
        AssertError(truncated, PatStatus.MalformedJson, truncated.Field);
    }

    [Fact]
    public void An_empty_span_reaches_the_parser_as_empty_input_not_as_null()
    {
        var e = Assert.Throws<PatException>(() => CreatePersonalAccessTokenResponse.Parse(ReadOnlySpan<byte>.Empty));
        Assert.Equal(PatStatus.MalformedJson, e.Code);
        var o = Assert.Throws<PatException>(() => PatOwner.Parse(ReadOnlySpan<byte>.Empty));
        Assert.Equal(PatStatus.MalformedJson, o.Code);
    }

    [Fact]
    public void Invalid_utf8_bytes_are_refused_naming_the_field()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(DocumentedExample.CanonicalJson);
        int at = DocumentedExample.CanonicalJson.IndexOf("NodeJS", StringComparison.Ordinal);
        bytes[at + 2] = 0xC3; // a lead byte followed by 'J': not UTF-8
        var e = Assert.Throws<PatException>(() => CreatePersonalAccessTokenResponse.Parse(bytes));
        AssertError(e, PatStatus.InvalidUtf8, "name");

        var whole = Assert.Throws<PatException>(() => CreatePersonalAccessTokenResponse.Parse(new byte[] { 0xFF }));
        Assert.Equal(PatStatus.InvalidUtf8, whole.Code);
    }

    [Fact]
    public void Invalid_utf8_inside_the_secret_names_the_field_without_quoting_it()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(DocumentedExample.CanonicalJson);
        int at = DocumentedExample.CanonicalJson.IndexOf(SecretPrefix, StringComparison.Ordinal);
        bytes[at + 10] = 0xFF;
        var e = Assert.Throws<PatException>(() => CreatePersonalAccessTokenResponse.Parse(bytes));
        AssertError(e, PatStatus.InvalidUtf8, "secret");
    }

    [Fact]
    public void A_lone_surrogate_in_the_secret_is_reported_without_the_secret()
    {
        using var owner = DocumentedExample.Owner();
        var e = Refusal.Of(() => CreatePersonalAccessTokenResponse.Create(
            "id", DocumentedExample.Secret + "\uD800", null, "n", owner, DocumentedExample.Created));
        AssertError(e, PatStatus.InvalidUtf8, "secret");
    }

    [Fact]
    public void Nesting_too_deep_is_refused()
    {
        string deep = new string('[', 10_000) + new string(']', 10_000);
        var e = ParseFails(DocumentedExample.Edit("36900}", $"36900,\"x\":{deep}}}"));
        Assert.Equal(PatStatus.TooDeep, e.Code);
        Assert.StartsWith("x", e.Field, StringComparison.Ordinal);
        string objects = string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000);
        Assert.Equal(PatStatus.TooDeep, ParseFails(objects).Code);
    }

    [Fact]
    public void Null_arguments_throw_before_any_native_call()
    {
        using var owner = DocumentedExample.Owner();
        var created = DocumentedExample.Created;
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => CreatePersonalAccessTokenResponse.Create(null!, "s", null, "n", owner, created)).ParamName);
        Assert.Equal("secret", Assert.Throws<ArgumentNullException>(() => CreatePersonalAccessTokenResponse.Create("i", null!, null, "n", owner, created)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => CreatePersonalAccessTokenResponse.Create("i", "s", null, null!, owner, created)).ParamName);
        Assert.Equal("owner", Assert.Throws<ArgumentNullException>(() => CreatePersonalAccessTokenResponse.Create("i", "s", null, "n", null!, created)).ParamName);
        Assert.Equal("scope", Assert.Throws<ArgumentNullException>(() => CreatePersonalAccessTokenResponse.Create("i", "s", new[] { "a", null! }, "n", owner, created)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => CreatePersonalAccessTokenResponse.Parse((string)null!)).ParamName);
        Assert.Equal("type", Assert.Throws<ArgumentNullException>(() => PatOwner.Create(null!, "i", "n")).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => PatOwner.Create("IDENTITY", null!, "n")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => PatOwner.Create("IDENTITY", "i", null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => PatOwner.Parse((string)null!)).ParamName);
    }

    [Fact]
    public void ToString_and_debugger_display_never_show_the_secret()
    {
        using var response = DocumentedExample.Response();
        string text = response.ToString();
        Assert.DoesNotContain(SecretPrefix, text, StringComparison.Ordinal);
        Assert.Contains(DocumentedExample.Id, text, StringComparison.Ordinal);
        Assert.Contains("Secret = ***", text, StringComparison.Ordinal);

        var display = (System.Diagnostics.DebuggerDisplayAttribute?)Attribute.GetCustomAttribute(
            typeof(CreatePersonalAccessTokenResponse), typeof(System.Diagnostics.DebuggerDisplayAttribute));
        Assert.Equal("{ToString(),nq}", display?.Value);
        foreach (var field in typeof(CreatePersonalAccessTokenResponse).GetFields(
            System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public))
        {
            var browsable = (System.Diagnostics.DebuggerBrowsableAttribute?)Attribute.GetCustomAttribute(field, typeof(System.Diagnostics.DebuggerBrowsableAttribute));
            Assert.True(browsable?.State == System.Diagnostics.DebuggerBrowsableState.Never, $"{field.Name} is shown by debuggers");
        }
    }
}
