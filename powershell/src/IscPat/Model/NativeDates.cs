using System;
using System.Buffers;
using System.Text.Json;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat.Model
{
    /// <summary>
    /// Reads RFC 3339 text with the native library's reader, so that text
    /// dates follow the same rules and messages as dates in JSON. The .NET
    /// API reads dates only inside a response document, so the text is
    /// placed in a fixed document whose other fields are placeholders (never
    /// the caller's values), and the instant is read back. Only text takes
    /// this path: [datetime] and [datetimeoffset] values go to
    /// <see cref="CreatePersonalAccessTokenResponse.Create"/> as they are.
    /// </summary>
    internal static class NativeDates
    {
        private const string Placeholder = "-";

        /// <summary>
        /// The instant <paramref name="text"/> names, or the native library's
        /// <see cref="PatException"/> (field <paramref name="field"/>,
        /// <c>created</c> or <c>expirationDate</c>). Should the message quote
        /// the secret standing in the text, the text is read again with the
        /// secret masked, so the exception is the library's own.
        /// </summary>
        internal static DateTimeOffset Parse(string text, string field, string? secret)
        {
            try
            {
                return Read(text, field);
            }
            catch (PatException e) when (e.Code == PatStatus.InvalidDate && SecretMask.Apply(text, secret) is string masked)
            {
                Read(masked, field);
                throw new PatInputException(PatStatus.InvalidDate, field, $"{field}: not an RFC 3339 date-time");
            }
        }

        private static DateTimeOffset Read(string text, string field)
        {
            bool isExpiration = field == "expirationDate";
            var buffer = new ArrayBufferWriter<byte>(256 + (text.Length * 3));
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("id", Placeholder);
                writer.WriteString("secret", Placeholder);
                writer.WriteNull("scope");
                writer.WriteString("name", Placeholder);
                writer.WriteStartObject("owner");
                writer.WriteString("type", PatOwner.IdentityType);
                writer.WriteString("id", Placeholder);
                writer.WriteString("name", Placeholder);
                writer.WriteEndObject();
                // A lone surrogate has no UTF-8 form; the date is invalid
                // either way, and U+FFFD in its place shows where it was.
                string readable = ReplaceLoneSurrogates(text);
                writer.WriteString("created", isExpiration ? "2000-01-01T00:00:00Z" : readable);
                writer.WriteNumber("accessTokenValiditySeconds", 1);
                if (isExpiration)
                {
                    writer.WriteString("expirationDate", readable);
                }

                writer.WriteEndObject();
            }

            using var response = CreatePersonalAccessTokenResponse.Parse(buffer.WrittenSpan, strict: true);
            return isExpiration ? response.ExpirationDate!.Value : response.Created;
        }

        private static string ReplaceLoneSurrogates(string text)
        {
            if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
            {
                return text;
            }

            char[] chars = text.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(chars[i]))
                {
                    chars[i] = '\uFFFD';
                }
            }

            return new string(chars);
        }
    }
}
