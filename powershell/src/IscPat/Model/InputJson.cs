using System;
using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Text.Json;
using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat.Model
{
    /// <summary>
    /// Builds native model objects from PowerShell values. The values are
    /// written as a JSON document and handed to the native parser, so every
    /// rule (empty fields, ranges, RFC 3339 dates, the owner type) is checked
    /// by the one implementation the C layer uses, with its messages. Only
    /// what the native side cannot judge is checked here: whether an owner
    /// value is an object at all, and whether a date is a date.
    /// </summary>
    internal static class InputJson
    {
        /// <summary>The response's keys in documented order.</summary>
        internal static readonly string[] ResponseKeys =
        {
            "id", "secret", "scope", "name", "owner", "created", "accessTokenValiditySeconds", "expirationDate",
        };

        /// <summary>The owner's keys in documented order.</summary>
        internal static readonly string[] OwnerKeys = { "type", "id", "name" };

        private const int MaxDepth = 32;

        private const string OwnerHint =
            "use (Initialize-V2024PatOwner -Type IDENTITY -Id <id> -Name <name>) or a hashtable " +
            "@{ type = 'IDENTITY'; id = '<id>'; name = '<name>' }";

        /// <summary>
        /// Parses a response from the fields in <paramref name="bag"/>. Keys
        /// the bag lacks are left out, so the native parser reports them as
        /// missing. <paramref name="asParameters"/> names fields in this
        /// side's own messages as parameters (<c>-Owner</c>) rather than as
        /// JSON keys (<c>owner</c>).
        /// </summary>
        internal static CreatePersonalAccessTokenResponse ParseResponse(PropertyBag bag, bool asParameters)
        {
            var buffer = new ArrayBufferWriter<byte>(1024);
            try
            {
                using (var writer = new Utf8JsonWriter(buffer))
                {
                    WriteResponse(writer, bag, asParameters);
                }

                return CreatePersonalAccessTokenResponse.Parse(buffer.WrittenSpan, strict: true);
            }
            finally
            {
                // The document holds the secret: wipe it (Clear zeroes the written bytes).
                buffer.Clear();
            }
        }

        /// <summary>Parses an owner from the fields in <paramref name="bag"/>.</summary>
        internal static PatOwner ParseOwner(PropertyBag bag)
        {
            var buffer = new ArrayBufferWriter<byte>(256);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                WriteOwnerFields(writer, bag, "owner");
            }

            return PatOwner.Parse(buffer.WrittenSpan, strict: true);
        }

        /// <summary>
        /// The owner fields of a value given as an owner, or a
        /// <see cref="PatInputException"/> saying what to give instead.
        /// </summary>
        internal static PropertyBag OwnerBag(object? value, string label)
        {
            value = Unwrap(value, keepCustom: true);
            if (value is PatOwner native)
            {
                return PropertyBag.FromValues(new System.Collections.Generic.Dictionary<string, object?>
                {
                    ["type"] = native.Type,
                    ["id"] = native.Id,
                    ["name"] = native.Name,
                });
            }

            PropertyBag? bag = PropertyBag.TryFrom(value);
            if (bag is not null)
            {
                return bag;
            }

            if (value is null)
            {
                throw new PatInputException(PatStatus.MissingField, "owner", $"{label}: no owner was given; {OwnerHint}");
            }

            throw new PatInputException(PatStatus.WrongType, "owner", $"{label}: {Describe(value)} is not an owner; {OwnerHint}");
        }

        private static void WriteResponse(Utf8JsonWriter writer, PropertyBag bag, bool asParameters)
        {
            writer.WriteStartObject();
            foreach (string key in ResponseKeys)
            {
                if (!bag.TryGet(key, out object? value))
                {
                    continue;
                }

                string label = asParameters ? "-" + char.ToUpperInvariant(key[0]) + key.Substring(1) : key;
                switch (key)
                {
                    case "owner":
                        PropertyBag owner = OwnerBag(value, label);
                        writer.WritePropertyName(key);
                        WriteOwnerFields(writer, owner, "owner");
                        break;
                    case "created":
                        writer.WritePropertyName(key);
                        WriteInstant(writer, value, key, label);
                        break;
                    case "expirationDate":
                        // Optional: absent and null both mean "not set".
                        if (Unwrap(value, keepCustom: false) is not null)
                        {
                            writer.WritePropertyName(key);
                            WriteInstant(writer, value, key, label);
                        }

                        break;
                    default:
                        writer.WritePropertyName(key);
                        WriteValue(writer, value, key, 0);
                        break;
                }
            }

            writer.WriteEndObject();
        }

        private static void WriteOwnerFields(Utf8JsonWriter writer, PropertyBag owner, string path)
        {
            writer.WriteStartObject();
            foreach (string key in OwnerKeys)
            {
                if (owner.TryGet(key, out object? value))
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, value, path + "." + key, 1);
                }
            }

            writer.WriteEndObject();
        }

        private static void WriteInstant(Utf8JsonWriter writer, object? value, string field, string label)
        {
            switch (Unwrap(value, keepCustom: false))
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case DateTime dateTime:
                    writer.WriteStringValue(Rfc3339.Format(dateTime));
                    break;
                case DateTimeOffset offset:
                    writer.WriteStringValue(Rfc3339.Format(offset));
                    break;
                case string text:
                    // Parsed as RFC 3339 by the native side.
                    WriteString(writer, text, field);
                    break;
                case object other:
                    throw new PatInputException(
                        PatStatus.WrongType,
                        field,
                        $"{label}: expected a [datetime], a [datetimeoffset] or RFC 3339 text like " +
                        $"'2017-07-11T18:45:37.098Z', not {Describe(other)}");
            }
        }

        /// <summary>
        /// Writes any PowerShell value as the JSON value closest to it, so that
        /// the native parser can name what is wrong with it (a number where a
        /// string belongs, an object where a list belongs, ...).
        /// </summary>
        private static void WriteValue(Utf8JsonWriter writer, object? value, string field, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new PatInputException(PatStatus.TooDeep, field, $"{field}: the value is nested too deeply");
            }

            value = Unwrap(value, keepCustom: true);
            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    return;
                case string text:
                    WriteString(writer, text, field);
                    return;
                case char c:
                    WriteString(writer, c.ToString(), field);
                    return;
                case bool flag:
                    writer.WriteBooleanValue(flag);
                    return;
                case sbyte or byte or short or ushort or int or uint or long:
                    writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                    return;
                case ulong unsigned:
                    writer.WriteNumberValue(unsigned);
                    return;
                case decimal number:
                    writer.WriteNumberValue(number);
                    return;
                case double or float:
                    double real = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                    if (double.IsFinite(real))
                    {
                        writer.WriteNumberValue(real);
                    }
                    else
                    {
                        WriteString(writer, real.ToString(CultureInfo.InvariantCulture), field);
                    }

                    return;
                case System.Numerics.BigInteger big:
                    writer.WriteRawValue(big.ToString(CultureInfo.InvariantCulture));
                    return;
                case DateTime dateTime:
                    writer.WriteStringValue(Rfc3339.Format(dateTime));
                    return;
                case DateTimeOffset offset:
                    writer.WriteStringValue(Rfc3339.Format(offset));
                    return;
                case IDictionary dictionary:
                    writer.WriteStartObject();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        writer.WritePropertyName(entry.Key?.ToString() ?? string.Empty);
                        WriteValue(writer, entry.Value, field, depth + 1);
                    }

                    writer.WriteEndObject();
                    return;
                case PSObject custom:
                    writer.WriteStartObject();
                    foreach (PSPropertyInfo property in custom.Properties)
                    {
                        writer.WritePropertyName(property.Name);
                        WriteValue(writer, property.Value, field, depth + 1);
                    }

                    writer.WriteEndObject();
                    return;
                case IEnumerable items:
                    writer.WriteStartArray();
                    int index = 0;
                    foreach (object? item in items)
                    {
                        // Items are named as the native parser names them: scope[1].
                        WriteValue(writer, item, field + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", depth + 1);
                        index++;
                    }

                    writer.WriteEndArray();
                    return;
                default:
                    WriteString(writer, LanguagePrimitives.ConvertTo<string>(value), field);
                    return;
            }
        }

        private static void WriteString(Utf8JsonWriter writer, string text, string field)
        {
            // A lone UTF-16 surrogate has no UTF-8 form. Utf8JsonWriter would
            // silently write U+FFFD in its place, so it is refused here, as the
            // .NET binding refuses it (same status, same wording).
            int bad = IndexOfLoneSurrogate(text);
            if (bad >= 0)
            {
                throw new PatInputException(
                    PatStatus.InvalidUtf8,
                    field,
                    $"{field}: invalid UTF-16: lone surrogate U+{(int)text[bad]:X4} at character index {bad}");
            }

            writer.WriteStringValue(text);
        }

        /// <summary>The index of the first surrogate that is not part of a pair, or -1.</summary>
        private static int IndexOfLoneSurrogate(string text)
        {
            ReadOnlySpan<char> span = text.AsSpan();
            int i = span.IndexOfAnyInRange('\uD800', '\uDFFF');
            if (i < 0)
            {
                return -1;
            }

            for (; i < span.Length; i++)
            {
                char c = span[i];
                if (char.IsHighSurrogate(c))
                {
                    if (i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
                    {
                        i++;
                        continue;
                    }

                    return i;
                }

                if (char.IsLowSurrogate(c))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// The value behind PowerShell's wrappers. A PSObject over a
        /// PSCustomObject is kept when <paramref name="keepCustom"/> is set,
        /// since its note properties are its content.
        /// </summary>
        private static object? Unwrap(object? value, bool keepCustom)
        {
            if (value is PSObject ps)
            {
                if (ps.BaseObject is PSCustomObject)
                {
                    return keepCustom ? ps : ps.BaseObject;
                }

                value = ps.BaseObject;
            }

            return value == System.Management.Automation.Internal.AutomationNull.Value ? null : value;
        }

        /// <summary>A short description of a value for a message: text quoted, others by type.</summary>
        internal static string Describe(object? value)
        {
            return value switch
            {
                null => "$null",
                string text when text.Length > 40 => "'" + text.Substring(0, 40) + "...'",
                string text => "'" + text + "'",
                _ => "a value of type [" + value.GetType().FullName + "]",
            };
        }
    }
}
