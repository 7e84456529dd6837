using System;
using System.Collections.Generic;
using System.Buffers;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using System.Threading;
using IdentitySecurityCloud.PersonalAccessTokens.Interop;

namespace IdentitySecurityCloud.PersonalAccessTokens;

/// <summary>
/// The response of <c>POST /personal-access-tokens</c> in the Identity
/// Security Cloud API V2024: a personal access token that was just created,
/// including its secret. Validated on creation, immutable, backed by the
/// native library, which wipes the secret when the object is freed; dispose
/// it to do that at once (otherwise it happens on finalization).
/// </summary>
/// <remarks>
/// <para>The secret is a credential. It is never part of <see cref="ToString"/>,
/// the debugger display or any exception message; read it with
/// <see cref="RevealSecret"/> (or in <see cref="ToJson()"/>).</para>
/// <para>Dates: <see cref="Created"/> and <see cref="ExpirationDate"/> are UTC
/// instants (offset zero) with millisecond precision. A value given to
/// <c>Create</c>, as a <see cref="DateTimeOffset"/> or as RFC 3339 text, is
/// converted to UTC and its sub-millisecond part is truncated.</para>
/// <para>Thread-safety: a response is immutable, so any number of threads may
/// read its properties, call <see cref="ToJson()"/>, <see cref="ToIndentedJson()"/>,
/// <see cref="RevealSecret"/> or <see cref="Clone"/> at once (properties may
/// cache what they read). <see cref="Dispose"/> must not be called while another
/// thread still uses the object; should it happen anyway, the native object
/// stays alive until the calls in flight return (SafeHandle reference counting),
/// and later calls throw <see cref="ObjectDisposedException"/>.</para>
/// <para>Equality is by value: two responses are equal when every field,
/// the secret included, is equal (the secret is compared in constant time).
/// <see cref="GetHashCode"/> leaves the secret out.</para>
/// <para>System.Text.Json reads and writes the type in the API's wire format
/// (<see cref="CreatePersonalAccessTokenResponseJsonConverter"/>), also as a
/// property of the caller's own types.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(CreatePersonalAccessTokenResponseJsonConverter))]
public sealed class CreatePersonalAccessTokenResponse
    : IDisposable, IEquatable<CreatePersonalAccessTokenResponse>, ISpanParsable<CreatePersonalAccessTokenResponse>
{
    /// <summary>The <c>accessTokenValiditySeconds</c> used when none is given (12 hours).</summary>
    public const int DefaultAccessTokenValiditySeconds = 43200;

    /// <summary>The API's form of a UTC instant, for <see cref="ToString"/> (the JSON's dates are the native library's).</summary>
    private const string CanonicalDate = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly ResponseHandle handle;

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private string? id;

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private string? name;

    /// <summary>The scope once read; a box so that "read, and null" differs from "not read".</summary>
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private ScopeBox? scope;

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private PatOwner? owner;

    private CreatePersonalAccessTokenResponse(ResponseHandle handle) => this.handle = handle;

    /// <summary>The token's id (the Basic-Auth user name); not empty.</summary>
    /// <exception cref="ObjectDisposedException">The response was disposed.</exception>
    public string Id
    {
        get
        {
            ThrowIfDisposed();
            return id ??= Native.ResponseId(handle);
        }
    }

    /// <summary>
    /// The token's scopes, or <see langword="null"/> when the API sent
    /// <c>null</c> ("no list", which differs from an empty list).
    /// </summary>
    /// <exception cref="ObjectDisposedException">The response was disposed.</exception>
    public IReadOnlyList<string>? Scope
    {
        get
        {
            ThrowIfDisposed();
            ScopeBox? box = Volatile.Read(ref scope);
            if (box is null)
            {
                string[]? items = Native.ResponseScope(handle);
                box = new ScopeBox(items is null ? null : Array.AsReadOnly(items));
                Volatile.Write(ref scope, box);
            }

            return box.Value;
        }
    }

    /// <summary>The token's name; not empty.</summary>
    /// <exception cref="ObjectDisposedException">The response was disposed.</exception>
    public string Name
    {
        get
        {
            ThrowIfDisposed();
            return name ??= Native.ResponseName(handle);
        }
    }

    /// <summary>
    /// The token's owner. It belongs to this response: it is disposed with it,
    /// and disposing it yourself does nothing. Use <see cref="PatOwner.Clone"/>
    /// for a copy that outlives the response.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The response was disposed.</exception>
    public PatOwner Owner
    {
        get
        {
            ThrowIfDisposed();
            PatOwner? current = Volatile.Read(ref owner);
            if (current is not null)
            {
                return current;
            }

            PatOwner created = PatOwner.OwnedBy(Native.ResponseOwner(handle));
            current = Interlocked.CompareExchange(ref owner, created, null);
            if (current is null)
            {
                return created;
            }

            created.DisposeOwned(); // another thread was first
            return current;
        }
    }

    /// <summary>When the token was created: a UTC instant (offset zero), to the millisecond.</summary>
    /// <exception cref="ObjectDisposedException">The response was disposed.</exception>
    public DateTimeOffset Created
    {
        get
        {
            ThrowIfDisposed();
            return DateTimeOffset.FromUnixTimeMilliseconds(Native.ResponseCreatedUnixMs(handle));
        }
    }

    /// <summary>How long an access token obtained with this PAT is valid, in seconds (1 to <see cref="int.MaxValue"/>).</summary>
    /// <exception cref="ObjectDisposedException">The response was disposed.</exception>
    public int AccessTokenValiditySeconds
    {
        get
        {
            ThrowIfDisposed();
            return Native.ResponseAccessTokenValiditySeconds(handle);
        }
    }

    /// <summary>
    /// When the token expires, as a UTC instant to the millisecond, or
    /// <see langword="null"/> when the response has no <c>expirationDate</c>
    /// (a field newer servers send; not in the documented model).
    /// </summary>
    /// <exception cref="ObjectDisposedException">The response was disposed.</exception>
    public DateTimeOffset? ExpirationDate
    {
        get
        {
            ThrowIfDisposed();
            long? ms = Native.ResponseExpirationUnixMs(handle);
            return ms is long value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;
        }
    }

    /// <summary>Builds a response from its fields, validating each one (one native call).</summary>
    /// <param name="id">The token's id; not empty.</param>
    /// <param name="secret">The token's secret; not empty. It is copied into native memory, which is wiped when the response is freed.</param>
    /// <param name="scope">The scopes; <see langword="null"/> is the API's <c>null</c> ("no list"),
    /// which differs from an empty list. Items must not be <see langword="null"/>.</param>
    /// <param name="name">The token's name; not empty.</param>
    /// <param name="owner">The owner; copied, so the caller still owns (and disposes) it.</param>
    /// <param name="created">When the token was created; converted to UTC, sub-millisecond digits truncated.</param>
    /// <param name="accessTokenValiditySeconds">1 to <see cref="int.MaxValue"/>, or <see langword="null"/> for
    /// <see cref="DefaultAccessTokenValiditySeconds"/>. A <see langword="long"/> so that any out-of-range value
    /// gets the native check and its message.</param>
    /// <param name="expirationDate">When the token expires, or <see langword="null"/> for "not set"; converted like <paramref name="created"/>.</param>
    /// <returns>A new response, which the caller disposes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="secret"/>, <paramref name="name"/>
    /// or <paramref name="owner"/> is <see langword="null"/>, or <paramref name="scope"/> holds a <see langword="null"/> item.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="owner"/> was disposed.</exception>
    /// <exception cref="PatArgumentException">A field is invalid (<see cref="ArgumentException.ParamName"/> names the
    /// parameter): <see cref="PatStatus.EmptyField"/> (<c>id</c>, <c>secret</c>, <c>name</c>),
    /// <see cref="PatStatus.OutOfRange"/> (<c>accessTokenValiditySeconds</c>), or <see cref="PatStatus.InvalidUtf8"/>
    /// for a string holding a lone surrogate (field <c>id</c>, <c>scope[i]</c>, ...).</exception>
    public static CreatePersonalAccessTokenResponse Create(
        string id,
        string secret,
        IReadOnlyList<string>? scope,
        string name,
        PatOwner owner,
        DateTimeOffset created,
        long? accessTokenValiditySeconds = null,
        DateTimeOffset? expirationDate = null)
        => New(id, secret, scope, name, owner, created.ToUnixTimeMilliseconds(), accessTokenValiditySeconds, expirationDate?.ToUnixTimeMilliseconds());

    /// <summary>
    /// Builds a response from its fields with the dates given as RFC 3339
    /// text (one native call), for dates that arrive as text: a command
    /// line, a configuration file, another API. The text goes to the native
    /// library as it is, which reads it by the same rules and with the same
    /// messages as a date inside JSON; no .NET date parsing is involved.
    /// </summary>
    /// <param name="id">The token's id; not empty.</param>
    /// <param name="secret">The token's secret; not empty. It is copied into native memory, which is wiped when the response is freed.</param>
    /// <param name="scope">The scopes; <see langword="null"/> is the API's <c>null</c> ("no list"),
    /// which differs from an empty list. Items must not be <see langword="null"/>.</param>
    /// <param name="name">The token's name; not empty.</param>
    /// <param name="owner">The owner; copied, so the caller still owns (and disposes) it.</param>
    /// <param name="created">When the token was created, as RFC 3339 text with a zone
    /// (<c>2017-07-11T18:45:37.098Z</c>, <c>2017-07-11T20:45:37+02:00</c>); stored in UTC,
    /// digits past the millisecond truncated.</param>
    /// <param name="accessTokenValiditySeconds">1 to <see cref="int.MaxValue"/>, or <see langword="null"/> for
    /// <see cref="DefaultAccessTokenValiditySeconds"/>.</param>
    /// <param name="expirationDate">When the token expires, as text like <paramref name="created"/>,
    /// or <see langword="null"/> for "not set".</param>
    /// <returns>A new response, which the caller disposes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="secret"/>, <paramref name="name"/>,
    /// <paramref name="owner"/> or <paramref name="created"/> is <see langword="null"/>, or <paramref name="scope"/>
    /// holds a <see langword="null"/> item.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="owner"/> was disposed.</exception>
    /// <exception cref="PatArgumentException">A field is invalid: as for the <see cref="DateTimeOffset"/> overload, and
    /// <see cref="PatStatus.InvalidDate"/> (field and parameter <c>created</c> or <c>expirationDate</c>) for text that
    /// is not an RFC 3339 date-time with a zone or not a real instant, with the native message quoting the text;
    /// <see cref="PatStatus.InvalidUtf8"/> for a date holding a lone surrogate.</exception>
    public static CreatePersonalAccessTokenResponse Create(
        string id,
        string secret,
        IReadOnlyList<string>? scope,
        string name,
        PatOwner owner,
        string created,
        long? accessTokenValiditySeconds = null,
        string? expirationDate = null)
    {
        ArgumentNullException.ThrowIfNull(created);
        return New(
            id,
            secret,
            scope,
            name,
            owner,
            UnixMs(created, nameof(created)),
            accessTokenValiditySeconds,
            expirationDate is null ? null : UnixMs(expirationDate, nameof(expirationDate)));
    }

    /// <summary>
    /// Parses a response from JSON text. The seven documented keys are
    /// required; <c>expirationDate</c> is optional (<c>null</c> counts as absent).
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="strict">When true, keys the model does not define are refused
    /// (<see cref="PatStatus.UnknownKey"/>, naming the key); otherwise they are skipped.</param>
    /// <returns>A new response, which the caller disposes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="PatException">The JSON is malformed (<see cref="PatStatus.MalformedJson"/>, <see cref="PatStatus.TooDeep"/>)
    /// or does not describe a valid response; <see cref="PatException.Field"/> names the key at fault.</exception>
    public static CreatePersonalAccessTokenResponse Parse(string json, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new CreatePersonalAccessTokenResponse(Native.ParseResponse(json, strict));
    }

    /// <summary>Parses a response from UTF-8 JSON bytes (no byte order mark), as <see cref="Parse(string, bool)"/>.</summary>
    /// <param name="utf8Json">The JSON text as UTF-8.</param>
    /// <param name="strict">As for <see cref="Parse(string, bool)"/>.</param>
    /// <returns>A new response, which the caller disposes.</returns>
    /// <exception cref="PatException">The bytes are not valid UTF-8 (<see cref="PatStatus.InvalidUtf8"/>),
    /// the JSON is malformed, or it does not describe a valid response.</exception>
    public static CreatePersonalAccessTokenResponse Parse(ReadOnlySpan<byte> utf8Json, bool strict = false)
        => new(Native.ParseResponse(utf8Json, strict));

    /// <summary>Parses a response from JSON characters, as <see cref="Parse(string, bool)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="strict">As for <see cref="Parse(string, bool)"/>.</param>
    /// <returns>A new response, which the caller disposes.</returns>
    /// <exception cref="PatException">The text is not valid UTF-16 (<see cref="PatStatus.InvalidUtf8"/>),
    /// the JSON is malformed, or it does not describe a valid response.</exception>
    public static CreatePersonalAccessTokenResponse Parse(ReadOnlySpan<char> json, bool strict = false)
        => new(Native.ParseResponse(json, strict));

    /// <summary>
    /// Parses a response like <see cref="Parse(string, bool)"/> (lenient), but
    /// answers <see langword="false"/> instead of throwing when the text is
    /// null, malformed or not a valid response.
    /// </summary>
    /// <param name="json">The JSON text, or <see langword="null"/>.</param>
    /// <param name="result">The new response (the caller disposes it), or <see langword="null"/> on failure.</param>
    /// <returns>Whether the text is a valid response.</returns>
    public static bool TryParse([NotNullWhen(true)] string? json, [NotNullWhen(true)] out CreatePersonalAccessTokenResponse? result)
        => TryParse(json, strict: false, out result);

    /// <summary>As <see cref="TryParse(string?, out CreatePersonalAccessTokenResponse?)"/>, strict or lenient.</summary>
    /// <param name="json">The JSON text, or <see langword="null"/>.</param>
    /// <param name="strict">As for <see cref="Parse(string, bool)"/>.</param>
    /// <param name="result">The new response (the caller disposes it), or <see langword="null"/> on failure.</param>
    /// <returns>Whether the text is a valid response.</returns>
    public static bool TryParse([NotNullWhen(true)] string? json, bool strict, [NotNullWhen(true)] out CreatePersonalAccessTokenResponse? result)
    {
        if (json is null)
        {
            result = null;
            return false;
        }

        return TryParse(json.AsSpan(), strict, out result);
    }

    /// <summary>As <see cref="TryParse(string?, out CreatePersonalAccessTokenResponse?)"/>, from characters.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="result">The new response (the caller disposes it), or <see langword="null"/> on failure.</param>
    /// <returns>Whether the text is a valid response.</returns>
    public static bool TryParse(ReadOnlySpan<char> json, [NotNullWhen(true)] out CreatePersonalAccessTokenResponse? result)
        => TryParse(json, strict: false, out result);

    /// <summary>As <see cref="TryParse(string?, bool, out CreatePersonalAccessTokenResponse?)"/>, from characters.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="strict">As for <see cref="Parse(string, bool)"/>.</param>
    /// <param name="result">The new response (the caller disposes it), or <see langword="null"/> on failure.</param>
    /// <returns>Whether the text is a valid response.</returns>
    public static bool TryParse(ReadOnlySpan<char> json, bool strict, [NotNullWhen(true)] out CreatePersonalAccessTokenResponse? result)
    {
        ResponseHandle? parsed = Native.TryParseResponse(json, strict);
        result = parsed is null ? null : new CreatePersonalAccessTokenResponse(parsed);
        return result is not null;
    }

    /// <summary>As <see cref="TryParse(string?, out CreatePersonalAccessTokenResponse?)"/>, from UTF-8 bytes (no byte order mark).</summary>
    /// <param name="utf8Json">The JSON text as UTF-8.</param>
    /// <param name="result">The new response (the caller disposes it), or <see langword="null"/> on failure.</param>
    /// <returns>Whether the bytes are a valid response.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out CreatePersonalAccessTokenResponse? result)
        => TryParse(utf8Json, strict: false, out result);

    /// <summary>As <see cref="TryParse(string?, bool, out CreatePersonalAccessTokenResponse?)"/>, from UTF-8 bytes (no byte order mark).</summary>
    /// <param name="utf8Json">The JSON text as UTF-8.</param>
    /// <param name="strict">As for <see cref="Parse(string, bool)"/>.</param>
    /// <param name="result">The new response (the caller disposes it), or <see langword="null"/> on failure.</param>
    /// <returns>Whether the bytes are a valid response.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Json, bool strict, [NotNullWhen(true)] out CreatePersonalAccessTokenResponse? result)
    {
        ResponseHandle? parsed = Native.TryParseResponse(utf8Json, strict);
        result = parsed is null ? null : new CreatePersonalAccessTokenResponse(parsed);
        return result is not null;
    }

    /// <summary>Parses leniently, as <see cref="Parse(string, bool)"/>; the format provider is not used.</summary>
    static CreatePersonalAccessTokenResponse IParsable<CreatePersonalAccessTokenResponse>.Parse(string s, IFormatProvider? provider)
        => Parse(s);

    /// <summary>As <see cref="TryParse(string?, out CreatePersonalAccessTokenResponse?)"/>; the format provider is not used.</summary>
    static bool IParsable<CreatePersonalAccessTokenResponse>.TryParse(
        [NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out CreatePersonalAccessTokenResponse result)
        => TryParse(s, out result);

    /// <summary>Parses leniently, as <see cref="Parse(ReadOnlySpan{char}, bool)"/>; the format provider is not used.</summary>
    static CreatePersonalAccessTokenResponse ISpanParsable<CreatePersonalAccessTokenResponse>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
        => Parse(s);

    /// <summary>As <see cref="TryParse(ReadOnlySpan{char}, out CreatePersonalAccessTokenResponse?)"/>; the format provider is not used.</summary>
    static bool ISpanParsable<CreatePersonalAccessTokenResponse>.TryParse(
        ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out CreatePersonalAccessTokenResponse result)
        => TryParse(s, out result);

    /// <summary>
    /// Parses a JSON array of responses, each item by the rules of
    /// <see cref="Parse(string, bool)"/>. All or nothing: on any error no
    /// response is kept (none needs disposing).
    /// </summary>
    /// <param name="json">The JSON text: an array (possibly empty) of response objects.</param>
    /// <param name="strict">As for <see cref="Parse(string, bool)"/>, applied to every item.</param>
    /// <returns>The responses in array order; the caller disposes each one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="PatException">The JSON is malformed or not an array, or an item does not describe a
    /// valid response; <see cref="PatException.Field"/> names the item first (<c>[1].owner.type</c>, or
    /// <c>[1]</c> for the item as a whole).</exception>
    public static IReadOnlyList<CreatePersonalAccessTokenResponse> ParseList(string json, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Wrap(Native.ParseResponseList(json, strict));
    }

    /// <summary>Parses a JSON array of responses from UTF-8 bytes (no byte order mark), as <see cref="ParseList(string, bool)"/>.</summary>
    /// <param name="utf8Json">The JSON text as UTF-8.</param>
    /// <param name="strict">As for <see cref="Parse(string, bool)"/>, applied to every item.</param>
    /// <returns>The responses in array order; the caller disposes each one.</returns>
    /// <exception cref="PatException">The bytes are not valid UTF-8, the JSON is malformed or not an array,
    /// or an item does not describe a valid response (the field path starts with the item, <c>[1].id</c>).</exception>
    public static IReadOnlyList<CreatePersonalAccessTokenResponse> ParseList(ReadOnlySpan<byte> utf8Json, bool strict = false)
        => Wrap(Native.ParseResponseList(utf8Json, strict));

    /// <summary>
    /// The responses as one compact canonical JSON array (<c>[{..},{..}]</c>;
    /// <c>[]</c> for none), each item exactly as <see cref="ToJson()"/> writes
    /// it. One native call; the text contains the secrets.
    /// </summary>
    /// <param name="items">The responses, in order. The same response may appear more than once.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="ObjectDisposedException">An element was disposed.</exception>
    public static string ToJson(IEnumerable<CreatePersonalAccessTokenResponse> items)
        => Native.ResponsesToJson(HandlesOf(items), pretty: false);

    /// <summary>
    /// Writes the responses as one compact JSON array (as
    /// <see cref="ToJson(IEnumerable{CreatePersonalAccessTokenResponse})"/>) in UTF-8
    /// into <paramref name="destination"/>: each item goes from the library
    /// to the writer's memory through a wiped buffer, so no string holds the
    /// secrets.
    /// </summary>
    /// <param name="destination">Where the bytes go.</param>
    /// <param name="items">The responses, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/>, <paramref name="items"/>
    /// or one of its elements is <see langword="null"/> (checked before anything is written).</exception>
    /// <exception cref="ObjectDisposedException">An element was disposed (checked before anything is written).</exception>
    public static void WriteJson(IBufferWriter<byte> destination, IEnumerable<CreatePersonalAccessTokenResponse> items)
    {
        ArgumentNullException.ThrowIfNull(destination);
        Native.WriteResponsesJson(HandlesOf(items), destination);
    }

    /// <summary>
    /// The responses as one JSON array indented by two spaces (same content
    /// as <see cref="ToJson(IEnumerable{CreatePersonalAccessTokenResponse})"/>, secrets included).
    /// </summary>
    /// <param name="items">The responses, in order.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="ObjectDisposedException">An element was disposed.</exception>
    public static string ToIndentedJson(IEnumerable<CreatePersonalAccessTokenResponse> items)
        => Native.ResponsesToJson(HandlesOf(items), pretty: true);

    /// <summary>
    /// The secret (the Basic-Auth password). This and the JSON forms are the
    /// only ways to read it; keep the returned string out of logs.
    /// </summary>
    /// <returns>The secret.</returns>
    /// <exception cref="ObjectDisposedException">The response was disposed.</exception>
    public string RevealSecret()
    {
        ThrowIfDisposed();
        return Native.ResponseSecret(handle);
    }

    /// <summary>
    /// The response as compact canonical JSON: keys in the documented order,
    /// dates as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>, <c>expirationDate</c> only when
    /// set. The text contains the secret.
    /// </summary>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ObjectDisposedException">The response was disposed.</exception>
    public string ToJson()
    {
        ThrowIfDisposed();
        return Native.ResponseToJson(handle, pretty: false);
    }

    /// <summary>The response as JSON indented by two spaces (same content as <see cref="ToJson()"/>, secret included).</summary>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ObjectDisposedException">The response was disposed.</exception>
    public string ToIndentedJson()
    {
        ThrowIfDisposed();
        return Native.ResponseToJson(handle, pretty: true);
    }

    /// <summary>
    /// Writes the compact canonical JSON (as <see cref="ToJson()"/>) as UTF-8
    /// into <paramref name="destination"/>: the text goes from the native
    /// library to the writer's memory through a wiped buffer, so no string
    /// holding the secret is made. Wiping that memory afterwards is the
    /// caller's part.
    /// </summary>
    /// <param name="destination">Where the bytes go (for example an <see cref="ArrayBufferWriter{T}"/> or a <c>PipeWriter</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is <see langword="null"/>.</exception>
    /// <exception cref="ObjectDisposedException">The response was disposed.</exception>
    public void WriteJson(IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ThrowIfDisposed();
        Native.WriteResponseJson(handle, pretty: false, destination);
    }

    /// <summary>As <see cref="WriteJson(IBufferWriter{byte})"/>, indented by two spaces (as <see cref="ToIndentedJson()"/>).</summary>
    /// <param name="destination">Where the bytes go.</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is <see langword="null"/>.</exception>
    /// <exception cref="ObjectDisposedException">The response was disposed.</exception>
    public void WriteIndentedJson(IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ThrowIfDisposed();
        Native.WriteResponseJson(handle, pretty: true, destination);
    }

    /// <summary>
    /// Whether <paramref name="other"/> holds the same value: every field,
    /// compared by the native library (<c>isc_pat_response_equal</c>), the
    /// secret in constant time.
    /// </summary>
    /// <param name="other">The other response, or <see langword="null"/>.</param>
    /// <returns>Whether the two are equal (a response equals itself, even disposed).</returns>
    /// <exception cref="ObjectDisposedException">One of the two responses was disposed.</exception>
    public bool Equals([NotNullWhen(true)] CreatePersonalAccessTokenResponse? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null)
        {
            return false;
        }

        ThrowIfDisposed();
        other.ThrowIfDisposed();
        return Native.ResponsesEqual(handle, other.handle);
    }

    /// <inheritdoc cref="Equals(CreatePersonalAccessTokenResponse?)"/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as CreatePersonalAccessTokenResponse);

    /// <summary>A hash of the id, name and creation time; never of the secret.</summary>
    /// <returns>The hash code.</returns>
    /// <exception cref="ObjectDisposedException">The response was disposed.</exception>
    public override int GetHashCode()
    {
        ThrowIfDisposed();
        return HashCode.Combine(Id, Name, Native.ResponseCreatedUnixMs(handle));
    }

    /// <summary>Value equality, as <see cref="Equals(CreatePersonalAccessTokenResponse?)"/>; two nulls are equal.</summary>
    /// <param name="left">A response or <see langword="null"/>.</param>
    /// <param name="right">A response or <see langword="null"/>.</param>
    /// <returns>Whether the two are equal.</returns>
    public static bool operator ==(CreatePersonalAccessTokenResponse? left, CreatePersonalAccessTokenResponse? right)
        => left is null ? right is null : left.Equals(right);

    /// <summary>The negation of <see cref="op_Equality"/>.</summary>
    /// <param name="left">A response or <see langword="null"/>.</param>
    /// <param name="right">A response or <see langword="null"/>.</param>
    /// <returns>Whether the two differ.</returns>
    public static bool operator !=(CreatePersonalAccessTokenResponse? left, CreatePersonalAccessTokenResponse? right)
        => !(left == right);

    /// <summary>An independent copy (secret included), which the caller disposes.</summary>
    /// <returns>The copy.</returns>
    /// <exception cref="ObjectDisposedException">The response was disposed.</exception>
    public CreatePersonalAccessTokenResponse Clone()
    {
        ThrowIfDisposed();
        return new CreatePersonalAccessTokenResponse(Native.CloneResponse(handle));
    }

    /// <summary>Frees the native object (wiping the secret) and its <see cref="Owner"/>. Calling it again does nothing.</summary>
    public void Dispose()
    {
        handle.Dispose();
        Interlocked.Exchange(ref owner, null)?.DisposeOwned();
    }

    /// <summary>
    /// A one-line description without the secret:
    /// <c>CreatePersonalAccessTokenResponse { Id = .., Name = .., Scope = [..], Owner = .., Created = .., AccessTokenValiditySeconds = .., Secret = *** }</c>,
    /// or <c>CreatePersonalAccessTokenResponse (disposed)</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        try
        {
            var text = new StringBuilder("CreatePersonalAccessTokenResponse { Id = ");
            text.Append(Id).Append(", Name = ").Append(Name).Append(", Scope = ");
            IReadOnlyList<string>? items = Scope;
            if (items is null)
            {
                text.Append("null");
            }
            else
            {
                text.Append('[').AppendJoin(", ", items).Append(']');
            }

            text.Append(", Owner = ").Append(Owner.ToString())
                .Append(", Created = ").Append(Created.ToString(CanonicalDate, CultureInfo.InvariantCulture))
                .Append(", AccessTokenValiditySeconds = ").Append(AccessTokenValiditySeconds);
            if (ExpirationDate is DateTimeOffset expiration)
            {
                text.Append(", ExpirationDate = ")
                    .Append(expiration.ToString(CanonicalDate, CultureInfo.InvariantCulture));
            }

            return text.Append(", Secret = *** }").ToString();
        }
        catch (ObjectDisposedException)
        {
            return "CreatePersonalAccessTokenResponse (disposed)";
        }
    }

    /// <summary>
    /// Both <c>Create</c> overloads: the argument checks and the one native
    /// call, dates as Unix milliseconds; a refusal of the model becomes a
    /// <see cref="PatArgumentException"/> naming the parameter.
    /// </summary>
    private static CreatePersonalAccessTokenResponse New(
        string id,
        string secret,
        IReadOnlyList<string>? scope,
        string name,
        PatOwner owner,
        long createdUnixMs,
        long? accessTokenValiditySeconds,
        long? expirationDateUnixMs)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(owner);
        try
        {
            return new CreatePersonalAccessTokenResponse(Native.NewResponse(
                id, secret, scope, name, owner.Handle, createdUnixMs, accessTokenValiditySeconds, expirationDateUnixMs));
        }
        catch (PatException refusal)
        {
            throw PatArgumentException.Of(refusal);
        }
    }

    /// <summary>A date typed as RFC 3339 text, read by the native library, as Unix milliseconds.</summary>
    private static long UnixMs(string text, string field)
    {
        try
        {
            return Native.ParseDate(text, field);
        }
        catch (PatException refusal)
        {
            throw PatArgumentException.Of(refusal);
        }
    }

    /// <summary>Wraps parsed handles; should that fail, disposes every one of them.</summary>
    private static IReadOnlyList<CreatePersonalAccessTokenResponse> Wrap(ResponseHandle[] handles)
    {
        if (handles.Length == 0)
        {
            return Array.Empty<CreatePersonalAccessTokenResponse>();
        }

        try
        {
            var items = new CreatePersonalAccessTokenResponse[handles.Length];
            for (int i = 0; i < handles.Length; i++)
            {
                items[i] = new CreatePersonalAccessTokenResponse(handles[i]);
            }

            return Array.AsReadOnly(items);
        }
        catch
        {
            foreach (ResponseHandle handle in handles)
            {
                handle.Dispose();
            }

            throw;
        }
    }

    /// <summary>The handles of <paramref name="items"/>, checked for null and disposed elements.</summary>
    private static List<ResponseHandle> HandlesOf(IEnumerable<CreatePersonalAccessTokenResponse> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var handles = items is IReadOnlyCollection<CreatePersonalAccessTokenResponse> known
            ? new List<ResponseHandle>(known.Count)
            : new List<ResponseHandle>();
        foreach (CreatePersonalAccessTokenResponse? item in items)
        {
            if (item is null)
            {
                throw new ArgumentNullException(nameof(items), $"items[{handles.Count}] is null; the items must not be null.");
            }

            item.ThrowIfDisposed();
            handles.Add(item.handle);
        }

        return handles;
    }

    /// <summary>The native handle, for the JSON converter; throws when disposed.</summary>
    internal ResponseHandle Handle
    {
        get
        {
            ThrowIfDisposed();
            return handle;
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(handle.IsClosed, this);

    private sealed class ScopeBox(ReadOnlyCollection<string>? value)
    {
        public ReadOnlyCollection<string>? Value { get; } = value;
    }
}
