using System;

namespace IdentitySecurityCloud.PersonalAccessTokens.Interop;

/// <summary>
/// A date argument of <c>isc_pat_response_new</c>, which takes RFC 3339
/// text: an instant, written in the canonical form by <see cref="Rfc3339"/>,
/// or the caller's own text, encoded as it is so that the native library
/// alone judges it (and names the field in its error).
/// </summary>
internal readonly struct NativeDate
{
    private readonly DateTimeOffset instant;
    private readonly string? text;

    private NativeDate(DateTimeOffset instant, string? text)
    {
        this.instant = instant;
        this.text = text;
    }

    /// <summary>An upper bound of the encoded length in bytes.</summary>
    internal int MaxBytes => text is null ? Rfc3339.Length : Utf8Text.MaxBytes(text);

    internal static NativeDate Of(DateTimeOffset instant) => new(instant, null);

    internal static NativeDate Of(string text) => new(default, text);

    /// <summary>
    /// Writes the date as UTF-8 at the start of <paramref name="destination"/>
    /// (room for <see cref="MaxBytes"/>) and answers the length. Text that is
    /// not valid UTF-16 is a <see cref="PatException"/> (<see cref="PatStatus.InvalidUtf8"/>)
    /// naming <paramref name="field"/>, as for every other text field.
    /// </summary>
    internal int Encode(Span<byte> destination, string field)
    {
        if (text is null)
        {
            Rfc3339.Format(instant, destination);
            return Rfc3339.Length;
        }

        return Utf8Text.Encode(text, destination, field);
    }
}
