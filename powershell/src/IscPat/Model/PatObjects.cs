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
    /// and a ToString that leaves the secret out.
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

        internal static PSObject FromOwner(PatOwner owner)
        {
            var result = new PSObject();
            result.Properties.Add(new PSNoteProperty("type", owner.Type));
            result.Properties.Add(new PSNoteProperty("id", owner.Id));
            result.Properties.Add(new PSNoteProperty("name", owner.Name));
            result.Methods.Add(new PSCodeMethod("ToString", OwnerToStringMethod));
            result.TypeNames.Insert(0, OwnerTypeName);
            return result;
        }

        internal static PSObject FromResponse(CreatePersonalAccessTokenResponse response)
        {
            var result = new PSObject();
            result.Properties.Add(new PSNoteProperty("id", response.Id));
            result.Properties.Add(new PSNoteProperty("secret", response.RevealSecret()));
            result.Properties.Add(new PSNoteProperty("scope", response.Scope?.ToArray()));
            result.Properties.Add(new PSNoteProperty("name", response.Name));
            // The response owns its Owner object and frees it with itself.
            result.Properties.Add(new PSNoteProperty("owner", FromOwner(response.Owner)));

            result.Properties.Add(new PSNoteProperty("created", response.Created.UtcDateTime));
            result.Properties.Add(new PSNoteProperty("accessTokenValiditySeconds", response.AccessTokenValiditySeconds));
            if (response.ExpirationDate is DateTimeOffset expiration)
            {
                result.Properties.Add(new PSNoteProperty("expirationDate", expiration.UtcDateTime));
            }

            result.Methods.Add(new PSCodeMethod("ToString", ResponseToStringMethod));
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
