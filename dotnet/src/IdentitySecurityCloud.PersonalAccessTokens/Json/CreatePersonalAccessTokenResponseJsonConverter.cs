using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using IdentitySecurityCloud.PersonalAccessTokens.Interop;
using IdentitySecurityCloud.PersonalAccessTokens.Json;

namespace IdentitySecurityCloud.PersonalAccessTokens;

/// <summary>
/// Reads and writes a <see cref="CreatePersonalAccessTokenResponse"/> in the
/// API's wire format with System.Text.Json. The type carries this converter
/// (<see cref="JsonConverterAttribute"/>), so it applies wherever the type
/// appears, reflection-based or source-generated, with no setup.
/// </summary>
/// <remarks>
/// <para>Reading: the value is handed to the native parser (lenient unless
/// <see cref="Strict"/>), so the rules and messages are those of
/// <see cref="CreatePersonalAccessTokenResponse.Parse(string, bool)"/>. A refused value is a
/// <see cref="JsonException"/> whose message names the field inside the
/// token (<c>owner.type: ...</c>), whose <see cref="JsonException.Path"/>
/// the serializer sets to the token's place in the whole document
/// (<c>$.tokens[1]</c>), and whose inner exception is the
/// <see cref="PatException"/> (<see cref="PatException.Code"/>,
/// <see cref="PatException.Field"/>). The full path of the bad field is the
/// two joined: <c>$.tokens[1].owner.type</c>.</para>
/// <para>Writing: the wire keys in the documented order, through the
/// caller's writer (its indentation and escaping apply; the naming policy
/// does not, the names are the API's). The secret goes from native memory
/// to the writer as UTF-8 through a buffer that is wiped; no string holds
/// it. Deserialized responses are the caller's to dispose.</para>
/// <para>To read strictly everywhere, add
/// <c>new CreatePersonalAccessTokenResponseJsonConverter { Strict = true }</c>
/// to <see cref="JsonSerializerOptions.Converters"/>, which take precedence
/// over the type's attribute.</para>
/// </remarks>
public sealed class CreatePersonalAccessTokenResponseJsonConverter : JsonConverter<CreatePersonalAccessTokenResponse>
{
    /// <summary>When true, keys the model does not define are refused (as <c>Parse(json, strict: true)</c>).</summary>
    public bool Strict { get; init; }

    /// <inheritdoc/>
    public override CreatePersonalAccessTokenResponse? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        using JsonValueCopy copy = JsonValueCopy.Of(ref reader);
        try
        {
            return CreatePersonalAccessTokenResponse.Parse(copy.Utf8, Strict);
        }
        catch (PatException refusal)
        {
            throw JsonValueCopy.Refused(nameof(CreatePersonalAccessTokenResponse), refusal);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CreatePersonalAccessTokenResponse value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ResponseHandle handle = value.Handle;
        writer.WriteStartObject();
        writer.WriteString("id"u8, value.Id);
        WriteSecret(writer, handle);
        IReadOnlyList<string>? scope = value.Scope;
        if (scope is null)
        {
            writer.WriteNull("scope"u8);
        }
        else
        {
            writer.WriteStartArray("scope"u8);
            foreach (string item in scope)
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
        }

        writer.WriteString("name"u8, value.Name);
        writer.WritePropertyName("owner"u8);
        PatOwnerJsonConverter.WriteOwner(writer, value.Owner);
        Span<byte> date = stackalloc byte[Rfc3339.Length];
        Rfc3339.Format(value.Created, date);
        writer.WriteString("created"u8, date);
        writer.WriteNumber("accessTokenValiditySeconds"u8, value.AccessTokenValiditySeconds);
        if (value.ExpirationDate is DateTimeOffset expiration)
        {
            Rfc3339.Format(expiration, date);
            writer.WriteString("expirationDate"u8, date);
        }

        writer.WriteEndObject();
    }

    private static void WriteSecret(Utf8JsonWriter writer, ResponseHandle handle)
    {
        Span<byte> stack = stackalloc byte[256];
        Span<byte> secret = Native.ResponseSecretUtf8(handle, stack, out byte[]? rented);
        try
        {
            writer.WriteString("secret"u8, secret);
        }
        finally
        {
            Native.Wipe(secret, rented);
        }
    }
}
