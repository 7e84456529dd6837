using System;

namespace IdentitySecurityCloud.PersonalAccessTokens.Interop;

/// <summary>
/// Writes instants as the API's RFC 3339 text, <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>:
/// converted to UTC, sub-millisecond digits truncated, ASCII digits only
/// (no culture involved).
/// </summary>
internal static class Rfc3339
{
    /// <summary>The length of the text in bytes.</summary>
    internal const int Length = 24;

    /// <summary>Writes <paramref name="value"/> into the first <see cref="Length"/> bytes of <paramref name="destination"/>.</summary>
    internal static void Format(DateTimeOffset value, Span<byte> destination)
    {
        DateTime utc = value.UtcDateTime;
        Span<byte> d = destination.Slice(0, Length);
        Digits(d.Slice(0, 4), utc.Year);
        d[4] = (byte)'-';
        Digits(d.Slice(5, 2), utc.Month);
        d[7] = (byte)'-';
        Digits(d.Slice(8, 2), utc.Day);
        d[10] = (byte)'T';
        Digits(d.Slice(11, 2), utc.Hour);
        d[13] = (byte)':';
        Digits(d.Slice(14, 2), utc.Minute);
        d[16] = (byte)':';
        Digits(d.Slice(17, 2), utc.Second);
        d[19] = (byte)'.';
        Digits(d.Slice(20, 3), utc.Millisecond); // whole milliseconds: truncates
        d[23] = (byte)'Z';
    }

    private static void Digits(Span<byte> destination, int value)
    {
        for (int i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
