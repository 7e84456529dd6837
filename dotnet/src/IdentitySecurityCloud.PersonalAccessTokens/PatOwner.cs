using System;
using System.Buffers;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json.Serialization;
using IdentitySecurityCloud.PersonalAccessTokens.Interop;

namespace IdentitySecurityCloud.PersonalAccessTokens;

/// <summary>
/// The owner of a personal access token (<c>PatOwner</c> in the Identity
/// Security Cloud API V2024): a type (always <c>IDENTITY</c>), the identity's
/// id and its display name. Validated on creation, immutable, backed by the
/// native library; dispose it to free native memory at once (otherwise it is
/// freed on finalization).
/// </summary>
/// <remarks>
/// Thread-safety: an owner is immutable, so any number of threads may read
/// its properties, call <see cref="ToJson"/>, <see cref="ToIndentedJson"/> or
/// <see cref="Clone"/> at once. <see cref="Dispose"/> must not be called while
/// another thread still uses the object; should it happen anyway, the native
/// object stays alive until the calls in flight return (SafeHandle reference
/// counting), and later calls throw <see cref="ObjectDisposedException"/>.
/// Equality is by value (type, id and name, ordinal). System.Text.Json reads
/// and writes the wire format (<see cref="PatOwnerJsonConverter"/>).
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PatOwnerJsonConverter))]
public sealed class PatOwner : IDisposable, IEquatable<PatOwner>, ISpanParsable<PatOwner>
{
    /// <summary>The only owner type the API defines.</summary>
    public const string IdentityType = "IDENTITY";

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly OwnerHandle handle;

    /// <summary>True for the owner of a response: it is disposed with the response, not by <see cref="Dispose"/>.</summary>
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly bool ownedByResponse;

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private string? type;

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private string? id;

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private string? name;

    private PatOwner(OwnerHandle handle, bool ownedByResponse)
    {
        this.handle = handle;
        this.ownedByResponse = ownedByResponse;
    }

    /// <summary>The owner's type; always <see cref="IdentityType"/>.</summary>
    /// <exception cref="ObjectDisposedException">The owner was disposed.</exception>
    public string Type
    {
        get
        {
            ThrowIfDisposed();
            return type ??= Native.OwnerType(handle);
        }
    }

    /// <summary>The identity's id (not empty).</summary>
    /// <exception cref="ObjectDisposedException">The owner was disposed.</exception>
    public string Id
    {
        get
        {
            ThrowIfDisposed();
            return id ??= Native.OwnerId(handle);
        }
    }

    /// <summary>The identity's display name (may be empty).</summary>
    /// <exception cref="ObjectDisposedException">The owner was disposed.</exception>
    public string Name
    {
        get
        {
            ThrowIfDisposed();
            return name ??= Native.OwnerName(handle);
        }
    }

    /// <summary>The native handle, for passing the owner to a native call.</summary>
    internal OwnerHandle Handle
    {
        get
        {
            ThrowIfDisposed();
            return handle;
        }
    }

    /// <summary>Builds an owner from its fields.</summary>
    /// <param name="type">Exactly <see cref="IdentityType"/> (case matters).</param>
    /// <param name="id">The identity's id; not empty.</param>
    /// <param name="name">The identity's display name; may be empty.</param>
    /// <returns>A new owner, which the caller disposes.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="PatArgumentException">A field is invalid (<see cref="ArgumentException.ParamName"/> names the
    /// parameter): <see cref="PatStatus.InvalidOwnerType"/> (field <c>owner.type</c>), <see cref="PatStatus.EmptyField"/>
    /// (<c>owner.id</c>), or <see cref="PatStatus.InvalidUtf8"/> for a string holding a lone surrogate.</exception>
    public static PatOwner Create(string type, string id, string name)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        try
        {
            return new PatOwner(Native.NewOwner(type, id, name), ownedByResponse: false);
        }
        catch (PatException refusal)
        {
            throw PatArgumentException.Of(refusal);
        }
    }

    /// <summary>Parses an owner from JSON text (<c>{"type":"IDENTITY","id":"..","name":".."}</c>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="strict">When true, keys other than <c>type</c>, <c>id</c> and <c>name</c> are refused
    /// (<see cref="PatStatus.UnknownKey"/>); otherwise they are ignored.</param>
    /// <returns>A new owner, which the caller disposes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="PatException">The JSON is malformed or does not describe a valid owner.</exception>
    public static PatOwner Parse(string json, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new PatOwner(Native.ParseOwner(json, strict), ownedByResponse: false);
    }

    /// <summary>Parses an owner from UTF-8 JSON bytes (no byte order mark).</summary>
    /// <param name="utf8Json">The JSON text as UTF-8.</param>
    /// <param name="strict">As for <see cref="Parse(string, bool)"/>.</param>
    /// <returns>A new owner, which the caller disposes.</returns>
    /// <exception cref="PatException">The bytes are not valid UTF-8 (<see cref="PatStatus.InvalidUtf8"/>),
    /// the JSON is malformed, or it does not describe a valid owner.</exception>
    public static PatOwner Parse(ReadOnlySpan<byte> utf8Json, bool strict = false)
        => new PatOwner(Native.ParseOwner(utf8Json, strict), ownedByResponse: false);

    /// <summary>Parses an owner from JSON characters, as <see cref="Parse(string, bool)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="strict">As for <see cref="Parse(string, bool)"/>.</param>
    /// <returns>A new owner, which the caller disposes.</returns>
    /// <exception cref="PatException">The text is not valid UTF-16, the JSON is malformed, or it does not describe a valid owner.</exception>
    public static PatOwner Parse(ReadOnlySpan<char> json, bool strict = false)
        => new PatOwner(Native.ParseOwner(json, strict), ownedByResponse: false);

    /// <summary>Parses leniently, as <see cref="Parse(string, bool)"/>; the format provider is not used.</summary>
    static PatOwner IParsable<PatOwner>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>As <see cref="TryParse(string?, out PatOwner?)"/>; the format provider is not used.</summary>
    static bool IParsable<PatOwner>.TryParse(
        [NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out PatOwner result)
        => TryParse(s, out result);

    /// <summary>Parses leniently, as <see cref="Parse(ReadOnlySpan{char}, bool)"/>; the format provider is not used.</summary>
    static PatOwner ISpanParsable<PatOwner>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>As <see cref="TryParse(ReadOnlySpan{char}, out PatOwner?)"/>; the format provider is not used.</summary>
    static bool ISpanParsable<PatOwner>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out PatOwner result)
        => TryParse(s, out result);

    /// <summary>Parses an owner like <see cref="Parse(string, bool)"/> (lenient), but answers <see langword="false"/> instead of throwing.</summary>
    /// <param name="json">The JSON text, or <see langword="null"/>.</param>
    /// <param name="result">The new owner (the caller disposes it), or <see langword="null"/> on failure.</param>
    /// <returns>Whether the text is a valid owner.</returns>
    public static bool TryParse([NotNullWhen(true)] string? json, [NotNullWhen(true)] out PatOwner? result)
        => TryParse(json, strict: false, out result);

    /// <summary>As <see cref="TryParse(string?, out PatOwner?)"/>, strict or lenient.</summary>
    /// <param name="json">The JSON text, or <see langword="null"/>.</param>
    /// <param name="strict">As for <see cref="Parse(string, bool)"/>.</param>
    /// <param name="result">The new owner, or <see langword="null"/> on failure.</param>
    /// <returns>Whether the text is a valid owner.</returns>
    public static bool TryParse([NotNullWhen(true)] string? json, bool strict, [NotNullWhen(true)] out PatOwner? result)
    {
        if (json is null)
        {
            result = null;
            return false;
        }

        return TryParse(json.AsSpan(), strict, out result);
    }

    /// <summary>As <see cref="TryParse(string?, out PatOwner?)"/>, from characters.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="result">The new owner, or <see langword="null"/> on failure.</param>
    /// <returns>Whether the text is a valid owner.</returns>
    public static bool TryParse(ReadOnlySpan<char> json, [NotNullWhen(true)] out PatOwner? result)
        => TryParse(json, strict: false, out result);

    /// <summary>As <see cref="TryParse(string?, bool, out PatOwner?)"/>, from characters.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="strict">As for <see cref="Parse(string, bool)"/>.</param>
    /// <param name="result">The new owner, or <see langword="null"/> on failure.</param>
    /// <returns>Whether the text is a valid owner.</returns>
    public static bool TryParse(ReadOnlySpan<char> json, bool strict, [NotNullWhen(true)] out PatOwner? result)
    {
        OwnerHandle? parsed = Native.TryParseOwner(json, strict);
        result = parsed is null ? null : new PatOwner(parsed, ownedByResponse: false);
        return result is not null;
    }

    /// <summary>As <see cref="TryParse(string?, out PatOwner?)"/>, from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The JSON text as UTF-8.</param>
    /// <param name="result">The new owner, or <see langword="null"/> on failure.</param>
    /// <returns>Whether the bytes are a valid owner.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out PatOwner? result)
        => TryParse(utf8Json, strict: false, out result);

    /// <summary>As <see cref="TryParse(string?, bool, out PatOwner?)"/>, from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The JSON text as UTF-8.</param>
    /// <param name="strict">As for <see cref="Parse(string, bool)"/>.</param>
    /// <param name="result">The new owner, or <see langword="null"/> on failure.</param>
    /// <returns>Whether the bytes are a valid owner.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Json, bool strict, [NotNullWhen(true)] out PatOwner? result)
    {
        OwnerHandle? parsed = Native.TryParseOwner(utf8Json, strict);
        result = parsed is null ? null : new PatOwner(parsed, ownedByResponse: false);
        return result is not null;
    }

    /// <summary>The owner as compact JSON: <c>{"type":"IDENTITY","id":"..","name":".."}</c>.</summary>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ObjectDisposedException">The owner was disposed.</exception>
    public string ToJson()
    {
        ThrowIfDisposed();
        return Native.OwnerToJson(handle, pretty: false);
    }

    /// <summary>The owner as JSON indented by two spaces.</summary>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ObjectDisposedException">The owner was disposed.</exception>
    public string ToIndentedJson()
    {
        ThrowIfDisposed();
        return Native.OwnerToJson(handle, pretty: true);
    }

    /// <summary>Writes the compact JSON (as <see cref="ToJson"/>) as UTF-8 into <paramref name="destination"/>.</summary>
    /// <param name="destination">Where the bytes go.</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is <see langword="null"/>.</exception>
    /// <exception cref="ObjectDisposedException">The owner was disposed.</exception>
    public void WriteJson(IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ThrowIfDisposed();
        // Owner JSON holds no secret: the string may be kept.
        Encoding.UTF8.GetBytes(Native.OwnerToJson(handle, pretty: false), destination);
    }

    /// <summary>Whether <paramref name="other"/> has the same type, id and name (ordinal comparison).</summary>
    /// <param name="other">The other owner, or <see langword="null"/>.</param>
    /// <returns>Whether the two are equal (an owner equals itself, even disposed).</returns>
    /// <exception cref="ObjectDisposedException">One of the two owners was disposed.</exception>
    public bool Equals([NotNullWhen(true)] PatOwner? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && string.Equals(Name, other.Name, StringComparison.Ordinal)
            && string.Equals(Type, other.Type, StringComparison.Ordinal);
    }

    /// <inheritdoc cref="Equals(PatOwner?)"/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as PatOwner);

    /// <summary>A hash of the type, id and name.</summary>
    /// <returns>The hash code.</returns>
    /// <exception cref="ObjectDisposedException">The owner was disposed.</exception>
    public override int GetHashCode() => HashCode.Combine(Type, Id, Name);

    /// <summary>Value equality, as <see cref="Equals(PatOwner?)"/>; two nulls are equal.</summary>
    /// <param name="left">An owner or <see langword="null"/>.</param>
    /// <param name="right">An owner or <see langword="null"/>.</param>
    /// <returns>Whether the two are equal.</returns>
    public static bool operator ==(PatOwner? left, PatOwner? right) => left is null ? right is null : left.Equals(right);

    /// <summary>The negation of <see cref="op_Equality"/>.</summary>
    /// <param name="left">An owner or <see langword="null"/>.</param>
    /// <param name="right">An owner or <see langword="null"/>.</param>
    /// <returns>Whether the two differ.</returns>
    public static bool operator !=(PatOwner? left, PatOwner? right) => !(left == right);

    /// <summary>An independent copy, which the caller disposes.</summary>
    /// <returns>The copy.</returns>
    /// <exception cref="ObjectDisposedException">The owner was disposed.</exception>
    public PatOwner Clone()
    {
        ThrowIfDisposed();
        return new PatOwner(Native.CloneOwner(handle), ownedByResponse: false);
    }

    /// <summary>
    /// Frees the native object. Calling it again does nothing. The
    /// <see cref="CreatePersonalAccessTokenResponse.Owner"/> of a response
    /// belongs to that response: disposing it does nothing, it is freed with
    /// the response.
    /// </summary>
    public void Dispose()
    {
        if (!ownedByResponse)
        {
            handle.Dispose();
        }
    }

    /// <summary>A one-line description: <c>PatOwner { Type = IDENTITY, Id = .., Name = .. }</c>, or <c>PatOwner (disposed)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        try
        {
            return $"PatOwner {{ Type = {Type}, Id = {Id}, Name = {Name} }}";
        }
        catch (ObjectDisposedException)
        {
            return "PatOwner (disposed)";
        }
    }

    /// <summary>Wraps the owner copy that a response hands out; it lives as long as the response.</summary>
    internal static PatOwner OwnedBy(OwnerHandle handle) => new(handle, ownedByResponse: true);

    /// <summary>Frees a response's owner (called by the response's Dispose).</summary>
    internal void DisposeOwned() => handle.Dispose();

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(handle.IsClosed, this);
}
