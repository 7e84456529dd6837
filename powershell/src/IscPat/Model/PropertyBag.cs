using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;

namespace IscPat.Model
{
    /// <summary>
    /// Read access, by case-insensitive name, to the fields of whatever a user
    /// hands over as a model object: a PSObject (ours, or one from
    /// ConvertFrom-Json) or a dictionary such as a hashtable.
    /// </summary>
    internal sealed class PropertyBag
    {
        private readonly Func<string, (bool Found, object? Value)> _get;

        private PropertyBag(Func<string, (bool, object?)> get, PSObject? psObject)
        {
            _get = get;
            PSObject = psObject;
        }

        /// <summary>The PSObject behind the bag, when there is one (for its type names).</summary>
        internal PSObject? PSObject { get; }

        internal static PropertyBag FromDictionary(IDictionary dictionary)
        {
            return new PropertyBag(
                name =>
                {
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        if (string.Equals(entry.Key?.ToString(), name, StringComparison.OrdinalIgnoreCase))
                        {
                            return (true, entry.Value);
                        }
                    }

                    return (false, null);
                },
                null);
        }

        internal static PropertyBag FromValues(IReadOnlyDictionary<string, object?> values)
        {
            return new PropertyBag(
                name => values.TryGetValue(name, out object? value) ? (true, value) : (false, null),
                null);
        }

        /// <summary>
        /// A bag over a PSObject with note properties (a PSCustomObject) or over
        /// a dictionary; null for anything else (strings, numbers, arrays, ...).
        /// </summary>
        internal static PropertyBag? TryFrom(object? value)
        {
            if (value is PSObject ps)
            {
                if (ps.BaseObject is IDictionary wrapped)
                {
                    return FromDictionary(wrapped);
                }

                if (ps.BaseObject is PSCustomObject)
                {
                    return new PropertyBag(
                        name =>
                        {
                            PSPropertyInfo? property = ps.Properties[name];
                            return property is null ? (false, null) : (true, property.Value);
                        },
                        ps);
                }

                return null;
            }

            return value is IDictionary dictionary ? FromDictionary(dictionary) : null;
        }

        internal bool TryGet(string name, out object? value)
        {
            (bool found, object? found_value) = _get(name);
            value = found_value;
            return found;
        }

        internal bool Has(string name) => _get(name).Found;

        /// <summary>The value of a field, or null when it is absent.</summary>
        internal object? Get(string name) => _get(name).Value;
    }
}
