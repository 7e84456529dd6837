using System;
using System.Buffers;
using System.Text.Unicode;

namespace IdentitySecurityCloud.PersonalAccessTokens.Interop;

/// <summary>
/// UTF-16 to UTF-8 for native calls, refusing (never replacing) text that is
/// not valid UTF-16.
/// </summary>
/// <remarks>
/// A .NET string may hold a lone surrogate, which has no UTF-8 form. The
/// usual encoders silently turn it into U+FFFD, which would change the value
/// (an id or a secret) without a word. Here it is an error of the same kind
/// the native library reports for invalid text: a <see cref="PatException"/>
/// with <see cref="PatStatus.InvalidUtf8"/> naming the field. An embedded
/// U+0000 is an ordinary character: it is encoded and, since every native
/// call takes pointer plus length, it survives.
/// </remarks>
internal static class Utf8Text
{
    /// <summary>An upper bound of the UTF-8 length of <paramref name="text"/>.</summary>
    internal static int MaxBytes(ReadOnlySpan<char> text) => checked(text.Length * 3);

    /// <summary>Encodes like <see cref="Encode(ReadOnlySpan{char}, Span{byte}, string?)"/>, but answers false for text that is not valid UTF-16.</summary>
    internal static bool TryEncode(ReadOnlySpan<char> text, Span<byte> destination, out int written)
    {
        OperationStatus status = Utf8.FromUtf16(text, destination, out int read, out written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return true;
        }

        if (status == OperationStatus.DestinationTooSmall)
        {
            throw Failure(status, text, read, null);
        }

        return false;
    }

    /// <summary>Encodes <paramref name="text"/> into <paramref name="destination"/> (large enough by <see cref="MaxBytes"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="destination">Room for at least <see cref="MaxBytes"/> bytes.</param>
    /// <param name="field">The field path for an error, or <see langword="null"/> for a whole JSON text.</param>
    /// <returns>The number of bytes written.</returns>
    internal static int Encode(ReadOnlySpan<char> text, Span<byte> destination, string? field)
    {
        OperationStatus status = Utf8.FromUtf16(text, destination, out int read, out int written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return written;
        }

        throw Failure(status, text, read, field);
    }

    /// <summary>As <see cref="Encode(ReadOnlySpan{char}, Span{byte}, string?)"/> for item <paramref name="index"/> of list <paramref name="field"/>.</summary>
    internal static int Encode(ReadOnlySpan<char> text, Span<byte> destination, string field, int index)
    {
        OperationStatus status = Utf8.FromUtf16(text, destination, out int read, out int written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return written;
        }

        throw Failure(status, text, read, $"{field}[{index}]");
    }

    private static Exception Failure(OperationStatus status, ReadOnlySpan<char> text, int read, string? field)
    {
        if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
        {
            // Only the code unit and its position: the text may be a secret.
            string problem = $"invalid UTF-16: lone surrogate U+{(int)text[read]:X4} at character index {read}";
            return new PatException(PatStatus.InvalidUtf8, field, field is null ? problem : $"{field}: {problem}");
        }

        return new InvalidOperationException($"UTF-8 buffer too small ({status}); this is a bug in the binding.");
    }
}
