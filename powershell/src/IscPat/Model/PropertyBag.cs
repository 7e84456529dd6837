using System;
using System.Collections;
using System.Management.Automation;

namespace IscPat.Model
{
    /// <summary>
    /// Reads a field, by case-insensitive name, from whatever a user hands
    /// over as a model object: a dictionary with string keys (a hashtable,
    /// the OrderedHashtable the SDK's API cmdlets return) or any object's
    /// properties (ours, a PSCustomObject, an object Import-Clixml made).
    /// </summary>
    internal static class PropertyBag
    {
        /// <summary>The value of a field, or null when it is absent.</summary>
        internal static object? Get(object? source, string name) => TryGet(source, name, out object? value) ? value : null;

        /// <summary>True when <paramref name="source"/> has the field (possibly with a null value).</summary>
        internal static bool TryGet(object? source, string name, out object? value)
        {
            value = null;
            switch (source is PSObject ps && ps.BaseObject is IDictionary wrapped ? wrapped : source)
            {
                case null:
                    return false;
                case IDictionary dictionary:
                    if (dictionary.Contains(name))
                    {
                        value = dictionary[name];
                        return true;
                    }

                    foreach (DictionaryEntry entry in dictionary)
                    {
                        if (entry.Key is string key && string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                        {
                            value = entry.Value;
                            return true;
                        }
                    }

                    return false;
                case object other:
                    PSPropertyInfo? property = PSObject.AsPSObject(other).Properties[name];
                    value = property?.Value;
                    return property is not null;
            }
        }
    }
}
