using System;
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
/// <para>Writing: exactly the bytes of <see cref="CreatePersonalAccessTokenResponse.ToJson()"/>,
/// the canonical compact form written by the native library, whatever the
/// writer's encoder (non-ASCII and HTML-sensitive characters are not
/// escaped again) or indentation; the naming policy does not apply, the
/// names are the API's. The text goes from native memory to the writer
/// through a buffer that is wiped; no string holds the secret.
/// Deserialized responses are the caller's to dispose.</para>
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
        var buffer = new NativeBuffer(stackalloc byte[Native.StackBytes]);
        try
        {
            writer.WriteRawValue(Native.ResponseJson(ref buffer, value.Handle, pretty: false), skipInputValidation: true);
        }
        finally
        {
            buffer.Dispose();
        }
    }
}
