namespace IscPat
{
    /// <summary>
    /// The owner object the cmdlets output (<c>PatOwner</c> in the API), for
    /// every SDK generation: plain data, its properties the JSON keys,
    /// camelCase, in documented order, so the built-in ConvertTo-Json writes
    /// the wire format. The values were validated when the object was made;
    /// whatever uses the object later validates it again through the native
    /// library. <c>[IscPat.V2024PatOwner]@{ type = ..; id = ..; name = .. }</c>
    /// makes one too.
    /// </summary>
    public sealed class V2024PatOwner
    {
        /// <summary>The owner type; the API defines only IDENTITY.</summary>
        public string? type { get; set; }

        /// <summary>The identity's id.</summary>
        public string? id { get; set; }

        /// <summary>The identity's display name.</summary>
        public string? name { get; set; }

        /// <summary>A one-line description.</summary>
        /// <returns>The description.</returns>
        public override string ToString() => "V2024PatOwner(type=" + type + ", id=" + id + ", name=" + name + ")";
    }
}
