using IdentitySecurityCloud.PersonalAccessTokens;

namespace IscPat
{
    /// <summary>
    /// The owner object the cmdlets output (<c>PatOwner</c> in the API): its
    /// properties are the JSON keys, camelCase, in documented order, so the
    /// built-in ConvertTo-Json writes the wire format. It keeps the
    /// validated native owner it was made from; a property set afterwards
    /// marks it edited, and an edited owner is validated again wherever it
    /// is used. <c>[IscPat.V2024PatOwner]@{ type = ..; id = ..; name = .. }</c>
    /// makes one that is validated on use.
    /// </summary>
    public sealed class V2024PatOwner
    {
        private readonly PatOwner? native;
        private string? ownerType;
        private string? ownerId;
        private string? ownerName;
        private bool edited;

        /// <summary>An empty owner, to fill by its properties (validated when used).</summary>
        public V2024PatOwner()
        {
            edited = true;
        }

        /// <summary>
        /// An owner over a validated native owner. The text values, when
        /// given, are the ones the native owner holds (it stores text
        /// unchanged); otherwise they are read from it on first use.
        /// </summary>
        internal V2024PatOwner(PatOwner native, string? type = null, string? id = null, string? name = null)
        {
            this.native = native;
            ownerType = type;
            ownerId = id;
            ownerName = name;
        }

        /// <summary>The owner type; the API defines only IDENTITY.</summary>
        public string? type
        {
            get => edited ? ownerType : ownerType ??= native?.Type;
            set => Edit(() => ownerType = value);
        }

        /// <summary>The identity's id.</summary>
        public string? id
        {
            get => edited ? ownerId : ownerId ??= native?.Id;
            set => Edit(() => ownerId = value);
        }

        /// <summary>The identity's display name.</summary>
        public string? name
        {
            get => edited ? ownerName : ownerName ??= native?.Name;
            set => Edit(() => ownerName = value);
        }

        /// <summary>The validated native owner, or null once a property was set.</summary>
        internal PatOwner? Validated => edited ? null : native;

        /// <summary>A one-line description.</summary>
        /// <returns>The description.</returns>
        public override string ToString() => "V2024PatOwner(type=" + type + ", id=" + id + ", name=" + name + ")";

        private void Edit(System.Action set)
        {
            // Every value is read before the first edit; afterwards the
            // fields alone are the owner (a field set to null stays null).
            _ = type;
            _ = id;
            _ = name;
            set();
            edited = true;
        }
    }
}
