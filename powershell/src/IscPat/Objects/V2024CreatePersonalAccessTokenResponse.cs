using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Security;
using IdentitySecurityCloud.PersonalAccessTokens;
using Newtonsoft.Json;

namespace IscPat
{
    /// <summary>
    /// The response object the cmdlets output
    /// (<c>CreatePersonalAccessTokenResponse</c> in the API), for every SDK
    /// generation: plain data, copied out of a validated native response,
    /// which is freed at once. Its properties are the JSON keys, camelCase,
    /// in documented order, so the built-in ConvertTo-Json writes the wire
    /// format. Whatever uses the object later (ConvertTo-IscPatJson,
    /// ConvertTo-IscPatCredential) validates it again through the native
    /// library. ToString never shows the secret.
    /// </summary>
    public sealed class V2024CreatePersonalAccessTokenResponse
    {
        /// <summary>The name of expirationDate, a note property on an object that has one.</summary>
        internal const string ExpirationKey = "expirationDate";

        /// <summary>The token's id (the user name of the Basic-Auth pair).</summary>
        public string? id { get; set; }

        /// <summary>
        /// The token's secret (the password). A hidden property: displays
        /// without a view (Format-List *, Select-Object *, Export-Csv) and
        /// Get-Member leave it out, and the views show ********; reading
        /// it by name and the JSON (ConvertTo-Json too) give it.
        /// Export-Clixml writes <see cref="secureSecret"/> in its place.
        /// </summary>
        [Hidden]
        public string? secret { get; set; }

        /// <summary>The scopes, or null (the API's null, "no list").</summary>
        public string[]? scope { get; set; }

        /// <summary>The token's name.</summary>
        public string? name { get; set; }

        /// <summary>The owner.</summary>
        public V2024PatOwner? owner { get; set; }

        /// <summary>When the token was created: a UTC [datetime], to the millisecond.</summary>
        public DateTime created { get; set; }

        /// <summary>How long an access token obtained with this token is valid, in seconds.</summary>
        public int accessTokenValiditySeconds { get; set; } = CreatePersonalAccessTokenResponse.DefaultAccessTokenValiditySeconds;

        /// <summary>
        /// $null on a token without an expiration date, so that
        /// <c>$token.expirationDate</c> reads under Set-StrictMode. Hidden and
        /// [JsonIgnore]: ConvertTo-Json, which skips such a property, writes
        /// no "expirationDate": null. A token with one carries it as an
        /// expirationDate note property instead (this one is then $null),
        /// which stands before this one and which ConvertTo-Json writes.
        /// </summary>
        [Hidden]
        [JsonIgnore]
        public DateTime? expirationDate { get; set; }

        /// <summary>
        /// The secret as a [securestring]: what Export-Clixml writes instead
        /// of the text (IscPat's type data names the properties it writes),
        /// as it writes a [pscredential]'s password. The commands take an
        /// imported token's secureSecret as its secret.
        /// </summary>
        [Hidden]
        [JsonIgnore]
        public SecureString? secureSecret => secret is null ? null : Model.FieldValues.ToSecureString(secret);

        /// <summary>The object to output for a validated native response: its values copied out (see <see cref="Output(V2024CreatePersonalAccessTokenResponse)"/>).</summary>
        internal static object Output(CreatePersonalAccessTokenResponse native)
        {
            PatOwner owner = native.Owner; // owned by the response, freed with it
            IReadOnlyList<string>? scope = native.Scope;
            return Output(new V2024CreatePersonalAccessTokenResponse
            {
                id = native.Id,
                secret = native.RevealSecret(),
                scope = scope is null ? null : new List<string>(scope).ToArray(),
                name = native.Name,
                owner = new V2024PatOwner { type = owner.Type, id = owner.Id, name = owner.Name },
                created = native.Created.UtcDateTime,
                accessTokenValiditySeconds = native.AccessTokenValiditySeconds,
                expirationDate = native.ExpirationDate?.UtcDateTime,
            });
        }

        /// <summary>
        /// The object to output: the response itself, or, when it has an
        /// expiration date, wrapped in a PSObject with the expirationDate note
        /// property, which ConvertTo-Json writes.
        /// </summary>
        internal static object Output(V2024CreatePersonalAccessTokenResponse response)
        {
            if (response.expirationDate is not DateTime expiration)
            {
                return response;
            }

            // The note property alone holds it, so that removing the note removes the date.
            response.expirationDate = null;
            var wrapped = new PSObject(response);
            wrapped.Properties.Add(new PSNoteProperty(ExpirationKey, expiration));
            return wrapped;
        }

        /// <summary>A one-line description without the secret.</summary>
        /// <returns>The description.</returns>
        public override string ToString() => "V2024CreatePersonalAccessTokenResponse(id=" + id + ", name=" + name + ", secret=********)";
    }
}
