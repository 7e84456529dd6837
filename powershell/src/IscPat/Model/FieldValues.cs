using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Security;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat.Model
{
    /// <summary>
    /// Turns PowerShell values into the typed arguments of the .NET API
    /// (<see cref="PatOwner.Create"/>, <c>CreatePersonalAccessTokenResponse.Create</c>).
    /// Only the kind of a value is checked here (text, a date, an owner);
    /// every rule of the model is left to the native library, which reports
    /// it as a <see cref="PatException"/> with its own message. Messages
    /// may quote a value; the secret is masked where the error record
    /// leaves the cmdlet (<see cref="PatErrors"/>).
    /// </summary>
    internal static class FieldValues
    {
        private const string OwnerHint =
            "use (Initialize-...PatOwner -Type IDENTITY -Id <id> -Name <name>) or a hashtable " +
            "@{ type = 'IDENTITY'; id = '<id>'; name = '<name>' }";

        /// <summary>The value behind PowerShell's wrappers (a PSCustomObject stays wrapped: its properties are its content).</summary>
        internal static object? Unwrap(object? value)
        {
            if (value is PSObject ps && ps.BaseObject is not PSCustomObject)
            {
                value = ps.BaseObject;
            }

            return value == System.Management.Automation.Internal.AutomationNull.Value ? null : value;
        }

        /// <summary>A text field: a string, or a <see cref="PatException"/> (MissingField, WrongType).</summary>
        internal static string Text(object? value, string field)
        {
            switch (Unwrap(value))
            {
                case string text:
                    return text;
                case char c:
                    return c.ToString();
                case null:
                    throw new PatException(PatStatus.MissingField, field, $"{field}: no value was given");
                case object other:
                    throw new PatException(PatStatus.WrongType, field, $"{field}: expected text, not {Describe(other)}");
            }
        }

        /// <summary>The secret: text, or a [securestring] (read into a string, which the native side copies).</summary>
        internal static string Secret(object? value)
        {
            switch (Unwrap(value))
            {
                case string text:
                    return text;
                case SecureString secure:
                    return SecureStringTransformationAttribute.TextOf(secure) ?? Reveal(secure);
                case null:
                    throw new PatException(PatStatus.MissingField, "secret", "secret: no secret was given");
                case object other:
                    // The value is not quoted: it may be the secret itself.
                    throw new PatException(
                        PatStatus.WrongType,
                        "secret",
                        $"secret: expected text or a [securestring], not a value of type [{other.GetType().FullName}]; quote a secret typed on the command line");
            }
        }

        /// <summary>The scope: null, or a list of text items.</summary>
        internal static string[]? Scope(object? value)
        {
            switch (Unwrap(value))
            {
                case null:
                    return null;
                case string one:
                    return new[] { one };
                case string[] items when Array.IndexOf(items, null) < 0:
                    return (string[])items.Clone();
                case IEnumerable list when list is not IDictionary:
                    var texts = new List<string>();
                    foreach (object? item in list)
                    {
                        string field = "scope[" + texts.Count + "]";
                        texts.Add(Unwrap(item) is null ? throw new PatException(PatStatus.WrongType, field, $"{field}: expected text, not $null") : Text(item, field));
                    }

                    return texts.ToArray();
                case object other:
                    throw new PatException(PatStatus.WrongType, "scope", $"scope: expected a list of text, not {Describe(other)}");
            }
        }

        /// <summary>
        /// A date in the one form it goes to the binding in: an instant
        /// (<see cref="DateTimeOffset"/>; a [datetime] of Kind Local or
        /// Unspecified is local time, as .NET's ToUniversalTime takes it), or
        /// RFC 3339 text as given, for the native library to read.
        /// </summary>
        internal static object Date(object? value, string field)
        {
            switch (Unwrap(value))
            {
                case DateTime dateTime:
                    return new DateTimeOffset(dateTime.Kind == DateTimeKind.Utc ? dateTime : dateTime.ToUniversalTime());
                case DateTimeOffset offset:
                    return offset;
                case string text:
                    return text;
                case null:
                    throw new PatException(PatStatus.MissingField, field, $"{field}: no date was given");
                case object other:
                    throw new PatException(
                        PatStatus.WrongType,
                        field,
                        $"{field}: expected a [datetime], a [datetimeoffset] or RFC 3339 text like " +
                        $"'2017-07-11T18:45:37.098Z', not {Describe(other)}");
            }
        }

        /// <summary>
        /// A whole number of seconds; null (or absent) is the default. A
        /// [double] or [decimal] is refused whatever its value, as the JSON
        /// reader refuses <c>36900.0</c>: PowerShell would round 1.5 to 2.
        /// </summary>
        internal static long? Seconds(object? value)
        {
            switch (Unwrap(value))
            {
                case null:
                    return null;
                case sbyte or byte or short or ushort or int or uint or long:
                    return Convert.ToInt64(Unwrap(value), CultureInfo.InvariantCulture);
                case ulong big:
                    return big > long.MaxValue ? long.MaxValue : (long)big;
                case BigInteger big:
                    return big > long.MaxValue ? long.MaxValue : big < long.MinValue ? long.MinValue : (long)big;
                case object other:
                    throw new PatException(
                        PatStatus.WrongType,
                        "accessTokenValiditySeconds",
                        $"accessTokenValiditySeconds: expected a whole number of seconds, not {Describe(other)}");
            }
        }

        /// <summary>
        /// A validated native owner for a value given as an owner: a native
        /// <see cref="PatOwner"/> (<paramref name="created"/> false: the
        /// caller does not own it), or anything with type, id and name (an
        /// owner object, a dictionary, a PSCustomObject), made here.
        /// <paramref name="copy"/> is the owner object with the validated
        /// values (the native side stores text unchanged).
        /// </summary>
        internal static PatOwner Owner(object? value, out bool created, out V2024PatOwner copy)
        {
            created = false;
            object? unwrapped = Unwrap(value);
            switch (unwrapped)
            {
                case PatOwner native:
                    copy = new V2024PatOwner { type = native.Type, id = native.Id, name = native.Name };
                    return native;
                case null:
                    throw new PatException(PatStatus.MissingField, "owner", $"owner: no owner was given; {OwnerHint}");
                case string or ValueType or IEnumerable and not IDictionary:
                    throw new PatException(PatStatus.WrongType, "owner", $"owner: {Describe(unwrapped)} is not an owner; {OwnerHint}");
            }

            V2024PatOwner? ours = unwrapped as V2024PatOwner;
            copy = new V2024PatOwner
            {
                type = Text(ours is null ? PropertyBag.Get(unwrapped, "type") : ours.type, "owner.type"),
                id = Text(ours is null ? PropertyBag.Get(unwrapped, "id") : ours.id, "owner.id"),
                name = Text(ours is null ? PropertyBag.Get(unwrapped, "name") : ours.name, "owner.name"),
            };
            var owner = PatOwner.Create(copy.type, copy.id, copy.name);
            created = true;
            return owner;
        }

        /// <summary>A short description of a value for a message: text quoted, others by type.</summary>
        internal static string Describe(object? value)
        {
            switch (Unwrap(value))
            {
                case null:
                    return "$null";
                case string text:
                    return "'" + text + "'";
                case PSObject ps:
                    return "a value of type [" + ps.BaseObject.GetType().FullName + "]";
                case object other:
                    return "a value of type [" + other.GetType().FullName + "]";
            }
        }

        /// <summary>
        /// Text as a read-only [securestring]. NetworkCredential copies the
        /// text in one step; SecureString.AppendChar, char by char, costs
        /// about 20 µs for a 64-character secret.
        /// </summary>
        internal static SecureString ToSecureString(string text)
        {
            SecureString secure = new System.Net.NetworkCredential(string.Empty, text).SecurePassword;
            secure.MakeReadOnly();
            return secure;
        }

        private static string Reveal(SecureString secure)
        {
            IntPtr text = Marshal.SecureStringToGlobalAllocUnicode(secure);
            try
            {
                return Marshal.PtrToStringUni(text, secure.Length);
            }
            finally
            {
                Marshal.ZeroFreeGlobalAllocUnicode(text);
            }
        }
    }
}
