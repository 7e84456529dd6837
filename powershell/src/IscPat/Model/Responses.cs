using System;
using System.Numerics;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat.Model
{
    /// <summary>
    /// Native responses and owners for the objects users hand to
    /// ConvertTo-V2024Json and ConvertTo-V2024PatCredential: an unedited
    /// object gives the native object it was made from (no second
    /// validation); an edited one, a hashtable or a PSCustomObject is built
    /// again through the typed .NET API, which validates it.
    /// </summary>
    internal static class Responses
    {
        /// <summary>
        /// The native response for <paramref name="item"/>, or null when it
        /// is not a response. <paramref name="created"/> tells whether it was
        /// made here, for the caller to dispose.
        /// </summary>
        internal static CreatePersonalAccessTokenResponse? For(object? item, out bool created)
        {
            created = false;
            object? value = FieldValues.Unwrap(item);
            switch (value)
            {
                case CreatePersonalAccessTokenResponse native:
                    return native;
                case V2024CreatePersonalAccessTokenResponse ours:
                    if (ours.Unedited() is CreatePersonalAccessTokenResponse unedited)
                    {
                        return unedited;
                    }

                    created = true;
                    return Create(
                        ours.id, ours.secret, ours.scope, ours.name, ours.owner, ours.created, ours.accessTokenValiditySeconds,
                        ours.ExpirationValue(), asParameters: false);
                case V2024PatOwner or PatOwner:
                    return null;
            }

            PropertyBag? bag = PropertyBag.TryFrom(item);
            if (bag is null || !bag.Has("secret") || IsOwnerType(bag))
            {
                return null;
            }

            created = true;
            return Create(
                bag.Get("id"), bag.Get("secret"), bag.Get("scope"), bag.Get("name"), bag.Get("owner"), bag.Get("created"),
                bag.Get("accessTokenValiditySeconds"), bag.Get("expirationDate"), asParameters: false);
        }

        /// <summary>The native owner for <paramref name="item"/>, or null when it is not an owner.</summary>
        internal static PatOwner? OwnerFor(object? item, out bool created)
        {
            created = false;
            object? value = FieldValues.Unwrap(item);
            if (value is V2024PatOwner or PatOwner)
            {
                return FieldValues.Owner(value, "owner", null, out created);
            }

            PropertyBag? bag = PropertyBag.TryFrom(item);
            if (bag is null || !bag.Has("type") || bag.Has("secret"))
            {
                return null;
            }

            return FieldValues.Owner(item, "owner", null, out created);
        }

        /// <summary>
        /// A response through the typed .NET API (<see cref="DateArgument.Create"/>)
        /// from loose PowerShell values. <paramref name="asParameters"/>
        /// names fields in this side's own messages as parameters
        /// (<c>-Owner</c>) rather than as JSON keys (<c>owner</c>).
        /// </summary>
        internal static CreatePersonalAccessTokenResponse Create(
            object? id,
            object? secret,
            object? scope,
            object? name,
            object? owner,
            object? created,
            object? accessTokenValiditySeconds,
            object? expirationDate,
            bool asParameters)
        {
            string secretText = FieldValues.Secret(secret, "secret", Label("secret", asParameters));
            string idText = FieldValues.Text(id, "id", Label("id", asParameters), secretText);
            string[]? scopeItems = FieldValues.Scope(scope, "scope", secretText);
            string nameText = FieldValues.Text(name, "name", Label("name", asParameters), secretText);
            DateArgument createdAt = FieldValues.Date(created, "created", Label("created", asParameters), secretText);
            long? validity = Seconds(accessTokenValiditySeconds, secretText);
            DateArgument? expiresAt = FieldValues.OptionalDate(expirationDate, "expirationDate", Label("expirationDate", asParameters), secretText);
            PatOwner ownerNative = FieldValues.Owner(owner, Label("owner", asParameters), secretText, out bool ownerCreated);
            try
            {
                return DateArgument.Create(idText, secretText, scopeItems, nameText, ownerNative, createdAt, validity, expiresAt);
            }
            finally
            {
                if (ownerCreated)
                {
                    ownerNative.Dispose();
                }
            }
        }

        private static bool IsOwnerType(PropertyBag bag) => bag.Has("type") && !bag.Has("owner");

        private static string Label(string key, bool asParameters) =>
            asParameters ? "-" + char.ToUpperInvariant(key[0]) + key.Substring(1) : key;

        /// <summary>A whole number of seconds; null (or absent) is the default.</summary>
        private static long? Seconds(object? value, string secret)
        {
            switch (FieldValues.Unwrap(value))
            {
                case null:
                    return null;
                case sbyte or byte or short or ushort or int or uint or long:
                    return Convert.ToInt64(FieldValues.Unwrap(value), System.Globalization.CultureInfo.InvariantCulture);
                case ulong big:
                    return big > long.MaxValue ? long.MaxValue : (long)big;
                case BigInteger big:
                    return big > long.MaxValue ? long.MaxValue : big < long.MinValue ? long.MinValue : (long)big;
                case double real when real == Math.Floor(real) && Math.Abs(real) < 9.2e18:
                    return (long)real;
                case decimal number when number == decimal.Truncate(number) && Math.Abs(number) < 9.2e18m:
                    return (long)number;
                case object other:
                    throw new PatException(
                        PatStatus.WrongType,
                        "accessTokenValiditySeconds",
                        $"accessTokenValiditySeconds: expected a whole number of seconds, not {FieldValues.Describe(other, secret)}");
            }
        }
    }
}
