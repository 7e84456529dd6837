using System;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat.Model
{
    /// <summary>
    /// The objects the cmdlets output: PSObjects whose note properties are the
    /// camelCase JSON keys in documented order, so the built-in ConvertTo-Json
    /// prints the wire format. Each carries a type name for the format file,
    /// and a ToString that leaves the secret out. The ToString is a member of
    /// each object rather than type data (a types.ps1xml): adding it costs
    /// well under a microsecond per object, while loading type data costs
    /// every Import-Module about 10 ms.
    /// </summary>
    public static class PatObjects
    {
        /// <summary>PSObject.TypeNames[0] of a response object.</summary>
        public const string ResponseTypeName = "IscPat.V2024CreatePersonalAccessTokenResponse";

        /// <summary>PSObject.TypeNames[0] of an owner object.</summary>
        public const string OwnerTypeName = "IscPat.V2024PatOwner";

        // Member objects belong to one PSObject each, so only the MethodInfo is shared.
        private static readonly MethodInfo ResponseToStringMethod = typeof(PatObjects).GetMethod(nameof(ResponseToString))!;

        private static readonly MethodInfo OwnerToStringMethod = typeof(PatObjects).GetMethod(nameof(OwnerToString))!;

        internal static PSObject FromOwner(PatOwner owner) => FromOwner(owner.Type, owner.Id, owner.Name);

        /// <summary>
        /// An owner object from field values the native side accepted and
        /// stores unchanged (text is kept as given).
        /// </summary>
        internal static PSObject FromOwner(string type, string id, string name)
        {
            var result = new PSObject();
            result.Properties.Add(new PSNoteProperty("type", type), preValidated: true);
            result.Properties.Add(new PSNoteProperty("id", id), preValidated: true);
            result.Properties.Add(new PSNoteProperty("name", name), preValidated: true);
            result.Methods.Add(new PSCodeMethod("ToString", OwnerToStringMethod), preValidated: true);
            result.TypeNames.Insert(0, OwnerTypeName);
            return result;
        }

        internal static PSObject FromResponse(CreatePersonalAccessTokenResponse response)
        {
            // The response owns its Owner object and frees it with itself.
            return FromResponse(
                response.Id,
                response.RevealSecret(),
                response.Scope?.ToArray(),
                response.Name,
                FromOwner(response.Owner),
                response.Created.UtcDateTime,
                response.AccessTokenValiditySeconds,
                response.ExpirationDate);
        }

        /// <summary>
        /// A response object from field values the native side accepted.
        /// Text is stored unchanged by the native side, so validated input
        /// text may be passed here; instants must be the ones it stored
        /// (UTC, to the millisecond).
        /// </summary>
        internal static PSObject FromResponse(
            string id,
            string secret,
            string[]? scope,
            string name,
            PSObject owner,
            DateTime created,
            int accessTokenValiditySeconds,
            DateTimeOffset? expirationDate)
        {
            var result = new PSObject();
            result.Properties.Add(new PSNoteProperty("id", id), preValidated: true);
            result.Properties.Add(new PSNoteProperty("secret", secret), preValidated: true);
            result.Properties.Add(new PSNoteProperty("scope", scope), preValidated: true);
            result.Properties.Add(new PSNoteProperty("name", name), preValidated: true);
            result.Properties.Add(new PSNoteProperty("owner", owner), preValidated: true);
            result.Properties.Add(new PSNoteProperty("created", created), preValidated: true);
            result.Properties.Add(new PSNoteProperty("accessTokenValiditySeconds", accessTokenValiditySeconds), preValidated: true);
            if (expirationDate is DateTimeOffset expiration)
            {
                result.Properties.Add(new PSNoteProperty("expirationDate", expiration.UtcDateTime), preValidated: true);
            }

            result.Methods.Add(new PSCodeMethod("ToString", ResponseToStringMethod), preValidated: true);
            result.TypeNames.Insert(0, ResponseTypeName);
            return result;
        }

        /// <summary>True when TypeNames[0..] name our response type.</summary>
        internal static bool IsResponse(PSObject value) => value.TypeNames.Contains(ResponseTypeName);

        /// <summary>True when TypeNames[0..] name our owner type.</summary>
        internal static bool IsOwner(PSObject value) => value.TypeNames.Contains(OwnerTypeName);

        /// <summary>
        /// ToString of a response object (also used by string expansion,
        /// <c>"$token"</c>): names the token, never shows the secret.
        /// </summary>
        public static string ResponseToString(PSObject instance)
        {
            return "V2024CreatePersonalAccessTokenResponse(id=" + instance?.Properties["id"]?.Value +
                ", name=" + instance?.Properties["name"]?.Value + ", secret=********)";
        }

        /// <summary>ToString of an owner object.</summary>
        public static string OwnerToString(PSObject instance)
        {
            return "V2024PatOwner(type=" + instance?.Properties["type"]?.Value +
                ", id=" + instance?.Properties["id"]?.Value +
                ", name=" + instance?.Properties["name"]?.Value + ")";
        }
    }
}
