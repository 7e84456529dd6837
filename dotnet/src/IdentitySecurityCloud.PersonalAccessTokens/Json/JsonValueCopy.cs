using System;
using System.Text.Json;
using IdentitySecurityCloud.PersonalAccessTokens.Interop;

namespace IdentitySecurityCloud.PersonalAccessTokens.Json;

/// <summary>
/// The JSON value a <see cref="Utf8JsonReader"/> stands on, copied token by
/// token as compact UTF-8 into a buffer that is wiped when disposed
/// (the value may hold a secret), so that the native parser judges it.
/// </summary>
/// <remarks>
/// Every token is copied as it appears in the input: strings and property
/// names keep their escapes, numbers their spelling, and an object keeps a
/// repeated key. The native parser therefore sees what the document holds,
/// and its message names the field exactly as it would for the same text
/// given to <c>Parse</c>. Comments, when the reader allows them, are left out.
/// </remarks>
internal sealed class JsonValueCopy : IDisposable
{
    private readonly WipedBuffer buffer = new(512);

    private JsonValueCopy()
    {
    }

    /// <summary>The copied value.</summary>
    internal ReadOnlySpan<byte> Utf8 => buffer.Written;

    /// <summary>
    /// Copies the value the reader stands on (a whole object or array, or one
    /// token) and leaves the reader on its last token, as a converter's
    /// <c>Read</c> must.
    /// </summary>
    internal static JsonValueCopy Of(ref Utf8JsonReader reader)
    {
        var copy = new JsonValueCopy();
        try
        {
            bool comma = false;
            copy.Token(ref reader, ref comma);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                int depth = reader.CurrentDepth;
                while (true)
                {
                    if (!reader.Read())
                    {
                        throw new JsonException("The JSON value ends before its object or array is closed.");
                    }

                    copy.Token(ref reader, ref comma);
                    if (reader.CurrentDepth == depth && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                    {
                        break;
                    }
                }
            }

            return copy;
        }
        catch
        {
            copy.Dispose();
            throw;
        }
    }

    /// <summary>The exception for a value the native library refused: the field inside the value, and the native error as inner exception.</summary>
    internal static JsonException Refused(string typeName, PatException refusal)
        => new($"The JSON value is not a valid {typeName}: {refusal.Message}", refusal);

    /// <summary>Wipes the copy.</summary>
    public void Dispose() => buffer.Dispose();

    private void Token(ref Utf8JsonReader reader, ref bool comma)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                Separator(ref comma);
                Put(reader.TokenType == JsonTokenType.StartObject ? (byte)'{' : (byte)'[');
                comma = false;
                break;
            case JsonTokenType.EndObject:
            case JsonTokenType.EndArray:
                Put(reader.TokenType == JsonTokenType.EndObject ? (byte)'}' : (byte)']');
                comma = true;
                break;
            case JsonTokenType.PropertyName:
            case JsonTokenType.String:
                Separator(ref comma);
                Put((byte)'"');
                Raw(ref reader);
                Put((byte)'"');
                // A name is followed by its value; a string value by a separator.
                comma = reader.TokenType == JsonTokenType.String;
                if (!comma)
                {
                    Put((byte)':');
                }

                break;
            case JsonTokenType.Number:
            case JsonTokenType.True:
            case JsonTokenType.False:
            case JsonTokenType.Null:
                Separator(ref comma);
                Raw(ref reader);
                comma = true;
                break;
            case JsonTokenType.Comment:
                break;
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType}.");
        }
    }

    private void Separator(ref bool comma)
    {
        if (comma)
        {
            Put((byte)',');
        }
    }

    /// <summary>The token's bytes as they are in the input (escapes kept).</summary>
    private void Raw(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence)
        {
            foreach (ReadOnlyMemory<byte> segment in reader.ValueSequence)
            {
                Append(segment.Span);
            }
        }
        else
        {
            Append(reader.ValueSpan);
        }
    }

    private void Put(byte value) => buffer.Add(value);

    private void Append(ReadOnlySpan<byte> bytes) => buffer.Add(bytes);
}
