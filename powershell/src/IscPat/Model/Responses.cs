using System;
using System.Globalization;
using System.Management.Automation;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat.Model
{
    /// <summary>
    /// Native responses and owners from what users hand to the commands:
    /// parameters, dictionaries such as the SDK's API cmdlets return, our
    /// objects, PSCustomObjects. Each is made by one call of the typed .NET
    /// API, which validates it; a native object given is used as it is.
    /// </summary>
    internal static class Responses
    {
        /// <summary>
        /// The native response for <paramref name="item"/>, or null when it
        /// is not a response. <paramref name="created"/> tells whether it was
        /// made here, for the caller to dispose; <paramref name="secret"/> is
        /// set as soon as the secret is read, for the error record to mask.
        /// </summary>
        internal static CreatePersonalAccessTokenResponse? For(object? item, ref string? secret, out bool created)
        {
            created = false;
            object? value = FieldValues.Unwrap(item);
            if (value is CreatePersonalAccessTokenResponse native)
            {
                return native;
            }

            if (value is V2024CreatePersonalAccessTokenResponse ours)
            {
                // Our own object: its properties read directly; expirationDate is the note property of a wrapped one.
                secret = FieldValues.Secret(ours.secret);
                created = true;
                return Create(
                    ours.id,
                    secret,
                    ours.scope,
                    ours.name,
                    ours.owner,
                    ours.created,
                    ours.accessTokenValiditySeconds,
                    item is PSObject wrapped ? wrapped.Properties[V2024CreatePersonalAccessTokenResponse.ExpirationKey]?.Value : ours.expirationDate,
                    out _);
            }

            if (value is null or PatOwner or V2024PatOwner || !HasSecret(value, out object? secretValue) || IsOwner(value))
            {
                return null;
            }

            secret = FieldValues.Secret(secretValue);
            created = true;
            return Create(
                PropertyBag.Get(value, "id"),
                secret,
                PropertyBag.Get(value, "scope"),
                PropertyBag.Get(value, "name"),
                PropertyBag.Get(value, "owner"),
                PropertyBag.Get(value, "created"),
                PropertyBag.Get(value, "accessTokenValiditySeconds"),
                PropertyBag.Get(value, V2024CreatePersonalAccessTokenResponse.ExpirationKey),
                out _);
        }

        /// <summary>The native owner for <paramref name="item"/>, or null when it is not an owner.</summary>
        internal static PatOwner? OwnerFor(object? item, out bool created)
        {
            created = false;
            object? value = FieldValues.Unwrap(item);
            return value is PatOwner || (IsOwner(value) && !HasSecret(value, out _)) ? FieldValues.Owner(value, out created, out _) : null;
        }

        /// <summary>
        /// A response through the typed .NET API from loose PowerShell
        /// values. The dates go in the form they were given in: both as
        /// instants to the instant overload, otherwise as text to the text
        /// overload (an instant beside text in .NET's round-trip form, which
        /// loses nothing the native side keeps). With
        /// <paramref name="copyOut"/>, <paramref name="copy"/> is the
        /// response object with the validated values: text as given (the
        /// native side stores it unchanged), dates as the native side stores
        /// them (UTC, to the millisecond).
        /// </summary>
        internal static CreatePersonalAccessTokenResponse Create(
            object? id,
            string secret,
            object? scope,
            object? name,
            object? owner,
            object? created,
            object? accessTokenValiditySeconds,
            object? expirationDate,
            out V2024CreatePersonalAccessTokenResponse? copy,
            bool copyOut = false)
        {
            string idText = FieldValues.Text(id, "id");
            string[]? scopeItems = FieldValues.Scope(scope);
            string nameText = FieldValues.Text(name, "name");
            object createdAt = FieldValues.Date(created, "created");
            long? validity = FieldValues.Seconds(accessTokenValiditySeconds);
            object? expiresAt = FieldValues.Unwrap(expirationDate) is null ? null : FieldValues.Date(expirationDate, "expirationDate");
            PatOwner ownerNative = FieldValues.Owner(owner, out bool ownerCreated, out V2024PatOwner ownerCopy);
            try
            {
                CreatePersonalAccessTokenResponse native = createdAt is DateTimeOffset createdInstant && expiresAt is null or DateTimeOffset
                    ? CreatePersonalAccessTokenResponse.Create(
                        idText, secret, scopeItems, nameText, ownerNative, createdInstant, validity, (DateTimeOffset?)expiresAt)
                    : CreatePersonalAccessTokenResponse.Create(
                        idText, secret, scopeItems, nameText, ownerNative, AsText(createdAt), validity, expiresAt is null ? null : AsText(expiresAt));
                copy = !copyOut ? null : new V2024CreatePersonalAccessTokenResponse
                {
                    id = idText,
                    secret = secret,
                    scope = scopeItems,
                    name = nameText,
                    owner = ownerCopy,
                    created = native.Created.UtcDateTime,
                    accessTokenValiditySeconds = (int)(validity ?? CreatePersonalAccessTokenResponse.DefaultAccessTokenValiditySeconds),
                    expirationDate = expiresAt is null ? null : native.ExpirationDate?.UtcDateTime,
                };
                return native;
            }
            finally
            {
                if (ownerCreated)
                {
                    ownerNative.Dispose();
                }
            }
        }

        private static string AsText(object date) =>
            date as string ?? ((DateTimeOffset)date).ToString("o", CultureInfo.InvariantCulture);

        /// <summary>True when the value has a secret: text, or the [securestring] an imported token carries.</summary>
        private static bool HasSecret(object? value, out object? secret) =>
            PropertyBag.TryGet(value, "secret", out secret) || PropertyBag.TryGet(value, "secureSecret", out secret);

        private static bool IsOwner(object? value) => PropertyBag.TryGet(value, "type", out _) && !PropertyBag.TryGet(value, "owner", out _);
    }
}
