using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

/// <summary>A user's own type holding both model types, as System.Text.Json sees it.</summary>
public sealed class TokenRecord
{
    public string Label { get; set; } = "";

    public CreatePersonalAccessTokenResponse? Token { get; set; }

    public PatOwner? Owner { get; set; }

    public List<CreatePersonalAccessTokenResponse>? History { get; set; }
}

/// <summary>The same type through the source generator (no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TokenRecord))]
[JsonSerializable(typeof(CreatePersonalAccessTokenResponse))]
internal sealed partial class TokenRecordContext : JsonSerializerContext
{
}

/// <summary>The [JsonConverter] of both types: wire format inside users' types, errors naming the field.</summary>
public class JsonConverterTests
{
    private static readonly JsonSerializerOptions CamelCase = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static string RecordJson(string token) =>
        "{\"label\":\"ci\",\"token\":" + token + ",\"owner\":" + DocumentedExample.OwnerJson + ",\"history\":null}";

    [Fact]
    public void Reflection_writes_the_wire_format_with_the_secret_inside_a_users_type()
    {
        using var token = DocumentedExample.Response();
        using var owner = DocumentedExample.Owner();
        var record = new TokenRecord { Label = "ci", Token = token, Owner = owner };
        Assert.Equal(RecordJson(DocumentedExample.CanonicalJson), JsonSerializer.Serialize(record, CamelCase));
    }

    [Fact]
    public void The_source_generator_writes_the_same_text()
    {
        using var token = DocumentedExample.Response();
        using var owner = DocumentedExample.Owner();
        var record = new TokenRecord { Label = "ci", Token = token, Owner = owner };
        Assert.Equal(RecordJson(DocumentedExample.CanonicalJson), JsonSerializer.Serialize(record, TokenRecordContext.Default.TokenRecord));
        Assert.Equal(DocumentedExample.CanonicalJson, JsonSerializer.Serialize(token, TokenRecordContext.Default.CreatePersonalAccessTokenResponse));
    }

    [Fact]
    public void Both_ways_read_back_equal_values()
    {
        using var expected = DocumentedExample.Response();
        string json = RecordJson(DocumentedExample.CanonicalJson);
        foreach (TokenRecord record in new[]
                 {
                     JsonSerializer.Deserialize<TokenRecord>(json, CamelCase)!,
                     JsonSerializer.Deserialize(json, TokenRecordContext.Default.TokenRecord)!,
                 })
        {
            using (record.Token)
            using (record.Owner)
            {
                Assert.Equal("ci", record.Label);
                Assert.Equal(expected, record.Token);
                Assert.Equal(DocumentedExample.Secret, record.Token!.RevealSecret());
                Assert.Equal(expected.Owner, record.Owner);
                Assert.Null(record.History);
            }
        }
    }

    [Fact]
    public void A_list_of_responses_round_trips()
    {
        using var a = DocumentedExample.Response();
        using var owner = DocumentedExample.Owner();
        using var b = CreatePersonalAccessTokenResponse.Create("other", "s3cret", null, "second", owner, DocumentedExample.Created.AddDays(1), expirationDate: DocumentedExample.Created.AddDays(90));
        string json = JsonSerializer.Serialize(new TokenRecord { History = new() { a, b } }, CamelCase);
        Assert.Contains("[" + a.ToJson() + "," + b.ToJson() + "]", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<TokenRecord>(json, CamelCase)!;
        Assert.Equal(2, back.History!.Count);
        Assert.Equal(a, back.History[0]);
        Assert.Equal(b, back.History[1]);
        Assert.Null(back.History[1].Scope);
        back.History.ForEach(r => r.Dispose());
    }

    [Fact]
    public void Null_is_null_both_ways()
    {
        var record = JsonSerializer.Deserialize<TokenRecord>("{\"token\":null,\"owner\":null}", CamelCase)!;
        Assert.Null(record.Token);
        Assert.Null(record.Owner);
        Assert.Equal("{\"label\":\"\",\"token\":null,\"owner\":null,\"history\":null}", JsonSerializer.Serialize(record, CamelCase));
    }

    [Fact]
    public void An_invalid_token_is_a_JsonException_naming_the_field_and_its_place_in_the_document()
    {
        string json = RecordJson(DocumentedExample.Edit("\"IDENTITY\"", "\"identity\""));
        foreach (Func<TokenRecord?> read in new Func<TokenRecord?>[]
                 {
                     () => JsonSerializer.Deserialize<TokenRecord>(json, CamelCase),
                     () => JsonSerializer.Deserialize(json, TokenRecordContext.Default.TokenRecord),
                 })
        {
            var e = Assert.Throws<JsonException>(read);
            Assert.Equal("$.token", e.Path);
            Assert.StartsWith("The JSON value is not a valid CreatePersonalAccessTokenResponse: owner.type: unknown owner type \"identity\"", e.Message, StringComparison.Ordinal);
            var inner = Assert.IsType<PatException>(e.InnerException);
            Assert.Equal(PatStatus.InvalidOwnerType, inner.Code);
            Assert.Equal("owner.type", inner.Field);
        }
    }

    [Fact]
    public void The_path_points_into_a_list_and_the_message_never_holds_the_secret()
    {
        string json = "{\"history\":[" + DocumentedExample.CanonicalJson + "," + DocumentedExample.Edit("\"name\":\"NodeJS Integration\"", "\"name\":\"\"") + "]}";
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TokenRecord>(json, CamelCase));
        Assert.Equal("$.history[1]", e.Path);
        Assert.Equal("name", Assert.IsType<PatException>(e.InnerException).Field);
        Assert.DoesNotContain(DocumentedExample.Secret.Substring(0, 10), e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_owner_is_a_JsonException_too()
    {
        string json = "{\"owner\":{\"type\":\"IDENTITY\",\"id\":\"\",\"name\":\"x\"}}";
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TokenRecord>(json, CamelCase));
        Assert.Equal("$.owner", e.Path);
        var inner = Assert.IsType<PatException>(e.InnerException);
        Assert.Equal(PatStatus.EmptyField, inner.Code);
        Assert.Contains(inner.Field!, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_token_is_seen_as_written_escapes_and_repeated_keys_included()
    {
        // \u0041 is "A" (kept escaped, decoded by the native parser); a repeated key is refused as by Parse.
        string escaped = RecordJson(DocumentedExample.Edit("\"Support\"", "\"\\u0041\\u00e9\""));
        var record = JsonSerializer.Deserialize<TokenRecord>(escaped, CamelCase)!;
        Assert.Equal("A\u00e9", record.Token!.Owner.Name);
        record.Token.Dispose();
        record.Owner!.Dispose();

        string repeated = RecordJson(DocumentedExample.Edit("\"name\":\"NodeJS Integration\"", "\"name\":\"a\",\"name\":\"b\""));
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TokenRecord>(repeated, CamelCase));
        Assert.Equal(PatStatus.DuplicateKey, Assert.IsType<PatException>(e.InnerException).Code);
    }

    [Fact]
    public void A_value_that_is_not_an_object_is_refused()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TokenRecord>("{\"token\":\"abc\"}", CamelCase));
        Assert.Equal("$.token", e.Path);
        Assert.IsType<PatException>(e.InnerException);
        e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TokenRecord>("{\"token\":[1,{\"a\":[]}]}", CamelCase));
        Assert.IsType<PatException>(e.InnerException);
    }

    [Fact]
    public void A_strict_converter_in_the_options_overrides_the_lenient_default()
    {
        string json = RecordJson(DocumentedExample.Edit("{\"id\"", "{\"extra\":1,\"id\""));
        var lenient = JsonSerializer.Deserialize<TokenRecord>(json, CamelCase)!;
        lenient.Token!.Dispose();
        lenient.Owner!.Dispose();
        var strict = new JsonSerializerOptions(CamelCase) { Converters = { new CreatePersonalAccessTokenResponseJsonConverter { Strict = true } } };
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TokenRecord>(json, strict));
        Assert.Equal(PatStatus.UnknownKey, Assert.IsType<PatException>(e.InnerException).Code);
    }

    [Fact]
    public void In_an_indented_document_the_token_is_its_compact_canonical_text_and_reads_back()
    {
        using var token = DocumentedExample.Response();
        // The writer ends lines with Environment.NewLine (CR LF on Windows).
        string json = JsonSerializer.Serialize(new TokenRecord { Token = token }, new JsonSerializerOptions(CamelCase) { WriteIndented = true })
            .ReplaceLineEndings("\n");
        Assert.Contains("\n  \"token\": " + token.ToJson(), json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<TokenRecord>(json, CamelCase)!;
        Assert.Equal(token, back.Token);
        back.Token!.Dispose();
    }

    [Theory]
    [InlineData("caf\u00e9 \u65e5\u672c \U0001F600")]
    [InlineData("<b>Tom & Jerry's \"token\"</b> +")]
    [InlineData("tab\t, NUL \u0000, DEL \u007f, LS \u2028")]
    public void The_converter_writes_ToJsons_bytes_whatever_the_encoder(string name)
    {
        using var owner = PatOwner.Create(PatOwner.IdentityType, "o<&>", name);
        using var token = CreatePersonalAccessTokenResponse.Create(
            "i'd", "s\u00e9cret<>", new[] { name }, name, owner, DocumentedExample.Created);
        foreach (var options in new[]
        {
            new JsonSerializerOptions(),
            new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
            new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) },
        })
        {
            Assert.Equal(token.ToJson(), JsonSerializer.Serialize(token, options));
            Assert.Equal(owner.ToJson(), JsonSerializer.Serialize(owner, options));
            byte[] utf8 = JsonSerializer.SerializeToUtf8Bytes(new TokenRecord { Token = token }, options);
            Assert.Contains(token.ToJson(), System.Text.Encoding.UTF8.GetString(utf8), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_expiration_date_and_a_null_scope_are_written_in_the_wire_format()
    {
        using var owner = DocumentedExample.Owner();
        using var token = CreatePersonalAccessTokenResponse.Create(
            "i", "s", null, "n", owner, DocumentedExample.Created, expirationDate: DocumentedExample.Created.AddDays(1));
        Assert.Equal(token.ToJson(), JsonSerializer.Serialize(token));
        Assert.Contains("\"scope\":null", token.ToJson(), StringComparison.Ordinal);
        Assert.Contains("\"expirationDate\":\"2017-07-12T18:45:37.098Z\"", token.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_disposed_response_is_not_written()
    {
        var token = DocumentedExample.Response();
        token.Dispose();
        Assert.Throws<ObjectDisposedException>(() => JsonSerializer.Serialize(new TokenRecord { Token = token }, CamelCase));
    }

    [Fact]
    public void A_reader_over_many_small_segments_is_read()
    {
        // Tokens split across segments take the reader's ValueSequence path.
        byte[] utf8 = Encoding.UTF8.GetBytes(DocumentedExample.CanonicalJson);
        var reader = new Utf8JsonReader(Segments.Of(utf8, 7));
        using var token = JsonSerializer.Deserialize<CreatePersonalAccessTokenResponse>(ref reader)!;
        DocumentedExampleTests.AssertIsDocumentedExample(token);
    }

    [Fact]
    public async System.Threading.Tasks.Task A_stream_read_with_a_tiny_buffer_is_read()
    {
        var stream = new System.IO.MemoryStream(Encoding.UTF8.GetBytes(RecordJson(DocumentedExample.CanonicalJson)));
        var record = (await JsonSerializer.DeserializeAsync<TokenRecord>(stream, new JsonSerializerOptions(CamelCase) { DefaultBufferSize = 16 }))!;
        DocumentedExampleTests.AssertIsDocumentedExample(record.Token!);
        record.Token!.Dispose();
        record.Owner!.Dispose();
    }

    /// <summary>A byte array cut into a chain of segments.</summary>
    private sealed class Segments : ReadOnlySequenceSegment<byte>
    {
        private Segments(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public static ReadOnlySequence<byte> Of(byte[] bytes, int size)
        {
            var first = new Segments(bytes.AsMemory(0, Math.Min(size, bytes.Length)), 0);
            Segments last = first;
            for (int at = size; at < bytes.Length; at += size)
            {
                var next = new Segments(bytes.AsMemory(at, Math.Min(size, bytes.Length - at)), at);
                last.Next = next;
                last = next;
            }

            return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
        }
    }
}

/// <summary>Values larger than the stack buffers the binding tries first.</summary>
public class JsonConverterLargeValueTests
{
    [Fact]
    public void A_long_secret_is_written_whole_and_compared_whole()
    {
        string secret = new string('s', 3000) + "\u00e9";
        using var owner = DocumentedExample.Owner();
        using var token = CreatePersonalAccessTokenResponse.Create("i", secret, null, "n", owner, DocumentedExample.Created);
        using var differs = CreatePersonalAccessTokenResponse.Create("i", secret.Substring(0, 3000) + "e", null, "n", owner, DocumentedExample.Created);
        string json = JsonSerializer.Serialize(token, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Equal(token.ToJson(), json);
        using var back = JsonSerializer.Deserialize<CreatePersonalAccessTokenResponse>(json)!;
        Assert.Equal(secret, back.RevealSecret());
        Assert.Equal(token, back);
        Assert.NotEqual(token, differs);
    }
}
