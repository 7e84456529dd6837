using System;
using System.Globalization;

namespace IscPat.Model
{
    /// <summary>Writes .NET instants as the RFC 3339 text the native parser reads.</summary>
    internal static class Rfc3339
    {
        /// <summary>
        /// The instant in UTC with all seven fractional digits; the native side
        /// keeps milliseconds and drops the rest. A Local or Unspecified
        /// <see cref="DateTime"/> is taken as local time, as .NET's
        /// <see cref="DateTime.ToUniversalTime"/> does.
        /// </summary>
        internal static string Format(DateTime value)
        {
            DateTime utc = value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime();
            return utc.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'", CultureInfo.InvariantCulture);
        }

        internal static string Format(DateTimeOffset value) => Format(value.UtcDateTime);
    }
}
