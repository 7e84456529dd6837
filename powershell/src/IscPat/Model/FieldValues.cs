using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
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
    /// it as a <see cref="PatException"/> with its own message.
    /// </summary>
    internal static class FieldValues
    {
        private const string OwnerHint =
            "use (Initialize-V2024PatOwner -Type IDENTITY -Id <id> -Name <name>) or a hashtable " +
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
        internal static string Text(object? value, string field, string label, string? secret)
        {
            switch (Unwrap(value))
            {
                case string text:
                    return text;
                case char c:
                    return c.ToString();
                case null:
                    throw new PatException(PatStatus.MissingField, field, $"{label}: no value was given");
                case object other:
                    throw new PatException(PatStatus.WrongType, field, $"{label}: expected text, not {Describe(other, secret)}");
            }
        }

        /// <summary>The secret: text, or a [securestring] (read into a string, which the native side copies).</summary>
        internal static string Secret(object? value, string field, string label)
        {
            switch (Unwrap(value))
            {
                case string text:
                    return text;
                case SecureString secure:
                    return Reveal(secure);
                case null:
                    throw new PatException(PatStatus.MissingField, field, $"{label}: no secret was given");
                case object other:
                    // The value is not quoted: it may be the secret itself.
                    throw new PatException(
                        PatStatus.WrongType,
                        field,
                        $"{label}: expected text or a [securestring], not a value of type [{other.GetType().FullName}]; quote a secret typed on the command line");
            }
        }

        /// <summary>The scope: null, or a list of text items.</summary>
        internal static string[]? Scope(object? value, string field, string? secret)
        {
            switch (Unwrap(value))
            {
                case null:
                    return null;
                case string[] items:
                    CheckItems(items, field);
                    return items;
                case string one:
                    return new[] { one };
                case IEnumerable list when list is not IDictionary:
                    var texts = new List<string>();
                    foreach (object? item in list)
                    {
                        texts.Add(Text(item, field + "[" + texts.Count + "]", field + "[" + texts.Count + "]", secret));
                    }

                    return texts.ToArray();
                case object other:
                    throw new PatException(PatStatus.WrongType, field, $"{field}: expected a list of text, not {Describe(other, secret)}");
            }
        }

        /// <summary>
        /// A date: a [datetime] (Local and Unspecified are local time, as
        /// .NET's ToUniversalTime takes them), a [datetimeoffset], or RFC 3339
        /// text, kept as text for the native library to read.
        /// </summary>
        internal static DateArgument Date(object? value, string field, string label, string? secret)
        {
            switch (Unwrap(value))
            {
                case DateTime dateTime:
                    return DateArgument.Of(FromDateTime(dateTime));
                case DateTimeOffset offset:
                    return DateArgument.Of(offset);
                case string text:
                    return DateArgument.Of(text);
                case null:
                    throw new PatException(PatStatus.MissingField, field, $"{label}: no date was given");
                case object other:
                    throw new PatException(
                        PatStatus.WrongType,
                        field,
                        $"{label}: expected a [datetime], a [datetimeoffset] or RFC 3339 text like " +
                        $"'2017-07-11T18:45:37.098Z', not {Describe(other, secret)}");
            }
        }

        /// <summary>An optional date: null (or absent) is "not set".</summary>
        internal static DateArgument? OptionalDate(object? value, string field, string label, string? secret)
        {
            return Unwrap(value) is null ? null : Date(value, field, label, secret);
        }

        /// <summary>A [datetime] as an instant; never throws (ToUniversalTime clamps at the ends of the range).</summary>
        internal static DateTimeOffset FromDateTime(DateTime value)
        {
            return new DateTimeOffset(value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime());
        }

        /// <summary>
        /// A validated native owner for a value given as an owner: a
        /// V2024PatOwner object (its native owner when it was not edited), a
        /// native <see cref="PatOwner"/>, a hashtable or a PSCustomObject.
        /// <paramref name="created"/> tells whether the owner was made here
        /// (the caller then owns it).
        /// </summary>
        internal static PatOwner Owner(object? value, string label, string? secret, out bool created)
        {
            created = false;
            object? unwrapped = Unwrap(value);
            switch (unwrapped)
            {
                case V2024PatOwner ours when ours.Validated is PatOwner validated:
                    return validated;
                case V2024PatOwner ours:
                    created = true;
                    return CreateOwner(
                        Text(ours.type, "owner.type", "owner.type", secret),
                        Text(ours.id, "owner.id", "owner.id", secret),
                        Text(ours.name, "owner.name", "owner.name", secret),
                        secret);
                case PatOwner native:
                    return native;
                case null:
                    throw new PatException(PatStatus.MissingField, "owner", $"{label}: no owner was given; {OwnerHint}");
            }

            PropertyBag? bag = PropertyBag.TryFrom(value);
            if (bag is null)
            {
                throw new PatException(PatStatus.WrongType, "owner", $"{label}: {Describe(unwrapped, secret)} is not an owner; {OwnerHint}");
            }

            created = true;
            return CreateOwner(
                Text(bag.Get("type"), "owner.type", "owner.type", secret),
                Text(bag.Get("id"), "owner.id", "owner.id", secret),
                Text(bag.Get("name"), "owner.name", "owner.name", secret),
                secret);
        }

        /// <summary>
        /// <see cref="PatOwner.Create"/>; should the native message quote the
        /// secret standing as the type, the native library is asked again with
        /// the secret masked, so the record keeps a genuine PatException.
        /// </summary>
        internal static PatOwner CreateOwner(string type, string id, string name, string? secret)
        {
            try
            {
                return PatOwner.Create(type, id, name);
            }
            catch (PatException e) when (e.Code == PatStatus.InvalidOwnerType && SecretMask.Apply(type, secret) is string masked)
            {
                PatOwner.Create(masked, id, name).Dispose();
                throw new PatException(PatStatus.InvalidOwnerType, "owner.type", "owner.type: unknown owner type; the only type is \"IDENTITY\"");
            }
        }

        /// <summary>A short description of a value for a message: text quoted (the secret masked), others by type.</summary>
        internal static string Describe(object? value, string? secret)
        {
            switch (value)
            {
                case null:
                    return "$null";
                case string text:
                    text = SecretMask.Apply(text, secret) ?? text;
                    return text.Length > 40 ? "'" + text.Substring(0, 40) + "...'" : "'" + text + "'";
                case PSObject ps:
                    return "a value of type [" + ps.BaseObject.GetType().FullName + "]";
                default:
                    return "a value of type [" + value.GetType().FullName + "]";
            }
        }

        /// <summary>Refuses a $null item of a scope list (the model's items are text).</summary>
        internal static void CheckScope(string[]? items)
        {
            if (items is not null)
            {
                CheckItems(items, "scope");
            }
        }

        private static void CheckItems(string[] items, string field)
        {
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i] is null)
                {
                    throw new PatException(PatStatus.WrongType, field + "[" + i + "]", $"{field}[{i}]: expected text, not $null");
                }
            }
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
