using System;
using System.Globalization;
using System.Text;
using IdentitySecurityCloud.PersonalAccessTokens.Interop;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

/// <summary>
/// The binding's RFC 3339 writer against the framework's own formatting of
/// the same UTC instant, over the whole range of <see cref="DateTime"/>.
/// </summary>
public class Rfc3339Tests
{
    private static string Expected(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Written(DateTimeOffset value)
    {
        byte[] buffer = new byte[Rfc3339.Length];
        Rfc3339.Format(value, buffer);
        return Encoding.ASCII.GetString(buffer);
    }

    [Fact]
    public void MatchesTheFrameworkOverTheWholeRange()
    {
        long min = DateTime.MinValue.Ticks;
        long span = DateTime.MaxValue.Ticks - min;
        var random = new Random(20170711);
        for (int i = 0; i <= 200_000; i++)
        {
            long ticks = i == 200_000 ? DateTime.MaxValue.Ticks : min + (long)(random.NextDouble() * span);
            var value = new DateTimeOffset(ticks, TimeSpan.Zero);
            Assert.Equal(Expected(value), Written(value));
        }

        // Every day boundary of a leap year, and the last tick of a day.
        var start = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (int day = 0; day < 367; day++)
        {
            DateTimeOffset value = start.AddDays(day);
            Assert.Equal(Expected(value), Written(value));
            Assert.Equal(Expected(value.AddTicks(-1)), Written(value.AddTicks(-1)));
        }
    }

    [Fact]
    public void ConvertsToUtcAndTruncatesBelowTheMillisecond()
    {
        var local = new DateTimeOffset(2017, 7, 11, 20, 45, 37, 98, TimeSpan.FromHours(2)).AddTicks(9_999);
        Assert.Equal("2017-07-11T18:45:37.098Z", Written(local));
        Assert.Equal("0001-01-01T00:00:00.000Z", Written(DateTimeOffset.MinValue));
        Assert.Equal("9999-12-31T23:59:59.999Z", Written(DateTimeOffset.MaxValue));
    }
}
