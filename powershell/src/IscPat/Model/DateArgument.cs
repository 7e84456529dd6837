using System;
using System.Collections.Generic;
using System.Globalization;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat.Model
{
    /// <summary>
    /// A date as the user gave it: an instant ([datetime], [datetimeoffset])
    /// or RFC 3339 text. Text is never read here: it goes to the
    /// <see cref="CreatePersonalAccessTokenResponse"/> overload that takes
    /// dates as text, so the native library alone judges it and names the
    /// field it refuses.
    /// </summary>
    internal readonly struct DateArgument
    {
        /// <summary>The canonical form the .NET binding writes an instant in (UTC, to the millisecond, truncated).</summary>
        private const string CanonicalFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

        private DateArgument(DateTimeOffset instant, string? text)
        {
            Instant = instant;
            Text = text;
        }

        /// <summary>The instant, when the date was not given as text.</summary>
        internal DateTimeOffset Instant { get; }

        /// <summary>The text as given, or null when the date is an instant.</summary>
        internal string? Text { get; }

        internal static DateArgument Of(DateTimeOffset instant) => new(instant, null);

        internal static DateArgument Of(string text) => new(default, text);

        /// <summary>
        /// The date as RFC 3339 text: the text as given, or the instant in the
        /// binding's canonical form, which denotes exactly the instant the
        /// typed overload stores (so a mix of text and instant loses nothing).
        /// </summary>
        internal string AsText() =>
            Text ?? Instant.UtcDateTime.ToString(CanonicalFormat, CultureInfo.InvariantCulture);

        /// <summary>
        /// <see cref="CreatePersonalAccessTokenResponse.Create(string, string, IReadOnlyList{string}?, string, PatOwner, DateTimeOffset, long?, DateTimeOffset?)"/>
        /// when both dates are instants, otherwise the overload that takes
        /// both as text (an instant beside text written by <see cref="AsText"/>).
        /// Should the native message quote the secret standing in a date's
        /// text (a secret passed as -Created), the native library is asked
        /// again with the secret masked in that text, so the error is still
        /// the library's own <see cref="PatException"/>.
        /// </summary>
        internal static CreatePersonalAccessTokenResponse Create(
            string id,
            string secret,
            IReadOnlyList<string>? scope,
            string name,
            PatOwner owner,
            DateArgument created,
            long? accessTokenValiditySeconds,
            DateArgument? expirationDate)
        {
            if (created.Text is null && expirationDate?.Text is null)
            {
                return CreatePersonalAccessTokenResponse.Create(
                    id, secret, scope, name, owner, created.Instant, accessTokenValiditySeconds, expirationDate?.Instant);
            }

            string createdText = created.AsText();
            string? expirationText = expirationDate?.AsText();
            try
            {
                return CreatePersonalAccessTokenResponse.Create(
                    id, secret, scope, name, owner, createdText, accessTokenValiditySeconds, expirationText);
            }
            catch (PatException e) when (e.Code == PatStatus.InvalidDate && Masked(e.Field, createdText, expirationText, secret) is string masked)
            {
                bool inCreated = e.Field == "created";
                CreatePersonalAccessTokenResponse.Create(
                    id,
                    secret,
                    scope,
                    name,
                    owner,
                    inCreated ? masked : createdText,
                    accessTokenValiditySeconds,
                    inCreated ? expirationText : masked).Dispose();

                // Not reached: a masked text holds "********", which no date does.
                throw new PatException(PatStatus.InvalidDate, e.Field, $"{e.Field}: not an RFC 3339 date-time");
            }
        }

        /// <summary>The text of the refused date with the secret masked, or null when the secret does not stand in it.</summary>
        private static string? Masked(string? field, string createdText, string? expirationText, string secret)
        {
            string? text = field switch
            {
                "created" => createdText,
                "expirationDate" => expirationText,
                _ => null,
            };
            return text is null ? null : SecretMask.Apply(text, secret);
        }
    }
}
