using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using IdentitySecurityCloud.PersonalAccessTokens.Json;

namespace IdentitySecurityCloud.PersonalAccessTokens;

/// <summary>
/// Reads and writes a <see cref="PatOwner"/> in the API's wire format
/// (<c>{"type":"IDENTITY","id":"..","name":".."}</c>) with System.Text.Json;
/// the type carries it. Reading uses the native parser (lenient unless
/// <see cref="Strict"/>); a refused value is a <see cref="JsonException"/>
/// as described for <see cref="CreatePersonalAccessTokenResponseJsonConverter"/>,
/// its field named as in <see cref="PatOwner.Parse(string, bool)"/>
/// (<c>owner.type</c>). Writing gives exactly <see cref="PatOwner.ToJson"/>'s
/// text, whatever the writer's encoder or indentation. Deserialized owners
/// are the caller's to dispose.
/// </summary>
public sealed class PatOwnerJsonConverter : JsonConverter<PatOwner>
{
    /// <summary>When true, keys other than <c>type</c>, <c>id</c> and <c>name</c> are refused.</summary>
    public bool Strict { get; init; }

    /// <inheritdoc/>
    public override PatOwner? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        using JsonValueCopy copy = JsonValueCopy.Of(ref reader);
        try
        {
            return PatOwner.Parse(copy.Utf8, Strict);
        }
        catch (PatException refusal)
        {
            throw JsonValueCopy.Refused(nameof(PatOwner), refusal);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PatOwner value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WriteOwner(writer, value);
    }

    /// <summary>Writes exactly <see cref="PatOwner.ToJson"/>'s text, whatever the writer's encoder.</summary>
    internal static void WriteOwner(Utf8JsonWriter writer, PatOwner owner)
        => writer.WriteRawValue(owner.ToJson(), skipInputValidation: true);
}
