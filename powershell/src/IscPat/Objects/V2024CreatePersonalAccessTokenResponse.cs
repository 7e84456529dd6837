using System;
using System.Collections.Generic;
using System.Management.Automation;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat
{
    /// <summary>
    /// The response object the cmdlets output
    /// (<c>CreatePersonalAccessTokenResponse</c> in the API). Its properties
    /// are the JSON keys, camelCase, in documented order, so the built-in
    /// ConvertTo-Json writes the wire format; <c>expirationDate</c>, optional
    /// in the model, is a note property present only when set, so that
    /// ConvertTo-Json leaves it out otherwise. The object keeps the
    /// validated native response it was made from and reads values from it
    /// on first use. Setting a property (or an item of <c>scope</c>, the
    /// owner's properties, or <c>expirationDate</c>) marks it edited;
    /// ConvertTo-V2024Json validates an edited object again, and writes an
    /// unedited one straight from the native response. ToString never shows
    /// the secret.
    /// </summary>
    public sealed class V2024CreatePersonalAccessTokenResponse
    {
        private const string ExpirationKey = "expirationDate";

        private readonly CreatePersonalAccessTokenResponse? native;

        /// <summary>The boxed instant put in the expirationDate note property, or null when none was.</summary>
        private readonly object? expirationBox;

        private string? tokenId;
        private string? tokenSecret;
        private string? tokenName;
        private string[]? tokenScope;
        private string[]? scopeAsValidated;
        private bool scopeLoaded;
        private V2024PatOwner? tokenOwner;
        private bool ownerLoaded;
        private DateTime tokenCreated;
        private bool createdLoaded;
        private int tokenValidity;
        private bool validityLoaded;
        private bool edited;

        /// <summary>An empty response, to fill by its properties (validated when used).</summary>
        public V2024CreatePersonalAccessTokenResponse()
        {
            edited = true;
            scopeLoaded = ownerLoaded = createdLoaded = validityLoaded = true;
            tokenValidity = CreatePersonalAccessTokenResponse.DefaultAccessTokenValiditySeconds;
        }

        private V2024CreatePersonalAccessTokenResponse(CreatePersonalAccessTokenResponse native, object? expirationBox)
        {
            this.native = native;
            this.expirationBox = expirationBox;
        }

        /// <summary>The token's id (the user name of the Basic-Auth pair).</summary>
        public string? id
        {
            get => edited ? tokenId : tokenId ??= native?.Id;
            set => Edit(() => tokenId = value);
        }

        /// <summary>
        /// The token's secret (the password). A hidden property: displays
        /// without a view (Format-List *, Select-Object *, Export-Csv) and
        /// Get-Member leave it out, and the views show ********; reading
        /// it by name and the JSON (ConvertTo-Json too) give it.
        /// </summary>
        [Hidden]
        public string? secret
        {
            get => edited ? tokenSecret : tokenSecret ??= native?.RevealSecret();
            set => Edit(() => tokenSecret = value);
        }

        /// <summary>The scopes, or null (the API's null, "no list").</summary>
        public string[]? scope
        {
            get
            {
                if (!scopeLoaded)
                {
                    IReadOnlyList<string>? items = native?.Scope;
                    string[]? copy = items is null ? null : ToArray(items);
                    scopeAsValidated = copy is null ? null : (string[])copy.Clone();
                    tokenScope = copy;
                    scopeLoaded = true;
                }

                return tokenScope;
            }

            set => Edit(() => tokenScope = value);
        }

        /// <summary>The token's name.</summary>
        public string? name
        {
            get => edited ? tokenName : tokenName ??= native?.Name;
            set => Edit(() => tokenName = value);
        }

        /// <summary>The owner.</summary>
        public V2024PatOwner? owner
        {
            get
            {
                if (!ownerLoaded)
                {
                    tokenOwner = native is null ? null : new V2024PatOwner(native.Owner);
                    ownerLoaded = true;
                }

                return tokenOwner;
            }

            set => Edit(() => tokenOwner = value);
        }

        /// <summary>When the token was created: a UTC [datetime], to the millisecond.</summary>
        public DateTime created
        {
            get
            {
                if (!createdLoaded)
                {
                    tokenCreated = native is null ? default : native.Created.UtcDateTime;
                    createdLoaded = true;
                }

                return tokenCreated;
            }

            set => Edit(() => tokenCreated = value);
        }

        /// <summary>How long an access token obtained with this token is valid, in seconds.</summary>
        public int accessTokenValiditySeconds
        {
            get
            {
                if (!validityLoaded)
                {
                    tokenValidity = native is null ? CreatePersonalAccessTokenResponse.DefaultAccessTokenValiditySeconds : native.AccessTokenValiditySeconds;
                    validityLoaded = true;
                }

                return tokenValidity;
            }

            set => Edit(() => tokenValidity = value);
        }

        /// <summary>
        /// The object to output for a validated native response: this type,
        /// wrapped in a PSObject with an expirationDate note property when
        /// the response has one. Values given here are the ones the native
        /// response holds (text is stored unchanged); the others are read
        /// from it on first use.
        /// </summary>
        internal static object Output(
            CreatePersonalAccessTokenResponse native,
            DateTimeOffset? expirationDate,
            string? id = null,
            string? secret = null,
            string? name = null,
            string[]? scope = null,
            bool hasScope = false,
            V2024PatOwner? owner = null,
            int? validity = null)
        {
            object? box = expirationDate is DateTimeOffset expiration ? expiration.UtcDateTime : null;
            var result = new V2024CreatePersonalAccessTokenResponse(native, box)
            {
                tokenId = id,
                tokenSecret = secret,
                tokenName = name,
            };
            if (hasScope)
            {
                result.tokenScope = scope;
                result.scopeAsValidated = scope is null ? null : (string[])scope.Clone();
                result.scopeLoaded = true;
            }

            if (owner is not null)
            {
                result.tokenOwner = owner;
                result.ownerLoaded = true;
            }

            if (validity is int seconds)
            {
                result.tokenValidity = seconds;
                result.validityLoaded = true;
            }

            if (box is null)
            {
                return result;
            }

            var wrapped = new PSObject(result);
            wrapped.Properties.Add(new PSNoteProperty(ExpirationKey, box));
            return wrapped;
        }

        /// <summary>The native response, unless the object was edited since it was made.</summary>
        internal CreatePersonalAccessTokenResponse? Unedited()
        {
            if (edited || native is null)
            {
                return null;
            }

            if (scopeLoaded && !SameItems(tokenScope, scopeAsValidated))
            {
                return null;
            }

            if (ownerLoaded && tokenOwner?.Validated is null)
            {
                return null;
            }

            PSPropertyInfo? expiration = PSObject.AsPSObject(this).Properties[ExpirationKey];
            bool sameExpiration = expiration is null
                ? expirationBox is null
                : expirationBox is not null && expiration is PSNoteProperty && ReferenceEquals(expiration.Value, expirationBox);
            return sameExpiration ? native : null;
        }

        /// <summary>The current expirationDate value (the note property's), or null.</summary>
        internal object? ExpirationValue() => PSObject.AsPSObject(this).Properties[ExpirationKey]?.Value;

        /// <summary>A one-line description without the secret.</summary>
        /// <returns>The description.</returns>
        public override string ToString() => "V2024CreatePersonalAccessTokenResponse(id=" + id + ", name=" + name + ", secret=********)";

        private static string[] ToArray(IReadOnlyList<string> items)
        {
            var array = new string[items.Count];
            for (int i = 0; i < array.Length; i++)
            {
                array[i] = items[i];
            }

            return array;
        }

        private static bool SameItems(string[]? current, string[]? validated)
        {
            if (ReferenceEquals(current, validated))
            {
                return true;
            }

            if (current is null || validated is null || current.Length != validated.Length)
            {
                return false;
            }

            for (int i = 0; i < current.Length; i++)
            {
                if (!string.Equals(current[i], validated[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        private void Edit(Action set)
        {
            // Every value is read before the first edit; afterwards the
            // fields alone are the response (a field set to null stays null).
            _ = id;
            _ = secret;
            _ = name;
            _ = scope;
            _ = owner;
            _ = created;
            _ = accessTokenValiditySeconds;
            set();
            edited = true;
        }
    }
}
