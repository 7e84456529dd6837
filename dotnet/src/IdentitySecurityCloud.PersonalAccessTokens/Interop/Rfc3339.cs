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
        Span<byte> d = destination.Slice(0, Length);

        // The date in one conversion (Year, Month and Day would each redo
        // it), the time of day from the ticks: whole milliseconds, so the
        // sub-millisecond part is truncated.
        DateTime utc = value.UtcDateTime;
        utc.Deconstruct(out int year, out int month, out int day);
        int ms = (int)((ulong)utc.Ticks % TimeSpan.TicksPerDay / TimeSpan.TicksPerMillisecond);
        int seconds = ms / 1000;
        int minutes = seconds / 60;

        Two(d, 0, year / 100);
        Two(d, 2, year % 100);
        d[4] = (byte)'-';
        Two(d, 5, month);
        d[7] = (byte)'-';
        Two(d, 8, day);
        d[10] = (byte)'T';
        Two(d, 11, minutes / 60);
        d[13] = (byte)':';
        Two(d, 14, minutes % 60);
        d[16] = (byte)':';
        Two(d, 17, seconds % 60);
        d[19] = (byte)'.';
        int millis = ms % 1000;
        d[20] = (byte)('0' + (millis / 100));
        Two(d, 21, millis % 100);
        d[23] = (byte)'Z';
    }

    /// <summary>Writes <paramref name="value"/> (0 to 99) as two digits at <paramref name="at"/>.</summary>
    private static void Two(Span<byte> destination, int at, int value)
    {
        int tens = value / 10;
        destination[at] = (byte)('0' + tens);
        destination[at + 1] = (byte)('0' + (value - (10 * tens)));
    }
}
