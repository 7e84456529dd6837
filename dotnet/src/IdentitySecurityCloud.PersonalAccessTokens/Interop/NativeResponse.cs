using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace IdentitySecurityCloud.PersonalAccessTokens.Interop;

// isc_pat_response: its functions and the SafeHandle that owns one.
internal static unsafe partial class Native
{
    // ---- response ---------------------------------------------------------

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_new(
        byte* id, nuint idLen,
        byte* secret, nuint secretLen,
        IscPatStr* scope, nuint scopeLen, [MarshalAs(UnmanagedType.U1)] bool scopeIsNull,
        byte* name, nuint nameLen,
        OwnerHandle owner,
        byte* created, nuint createdLen,
        long* accessTokenValiditySeconds,
        byte* expirationDate, nuint expirationDateLen,
        out ResponseHandle response, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_parse(
        byte* json, nuint jsonLen, [MarshalAs(UnmanagedType.U1)] bool strict, out ResponseHandle response, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_to_json(
        ResponseHandle response, [MarshalAs(UnmanagedType.U1)] bool pretty, byte** json, nuint* len, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_write_json(
        ResponseHandle response, [MarshalAs(UnmanagedType.U1)] bool pretty, byte* buf, nuint cap, nuint* len, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_clone(ResponseHandle response, out ResponseHandle clone, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial void isc_pat_response_free(IntPtr response);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_id(ResponseHandle response, byte* buf, nuint cap, nuint* len, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_secret(ResponseHandle response, byte* buf, nuint cap, nuint* len, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_name(ResponseHandle response, byte* buf, nuint cap, nuint* len, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_scope_count(ResponseHandle response, nuint* count, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_scope_item(
        ResponseHandle response, nuint index, byte* buf, nuint cap, nuint* len, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_owner(ResponseHandle response, out OwnerHandle owner, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_created_unix_ms(ResponseHandle response, long* unixMs, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_access_token_validity_seconds(
        ResponseHandle response, int* seconds, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_expiration_date_unix_ms(
        ResponseHandle response, long* unixMs, IntPtr* error);

    internal static void FreeResponse(IntPtr response) => isc_pat_response_free(response);

    // ---- response operations --------------------------------------------------

    /// <summary>
    /// Builds a response with one native call: every text is encoded once
    /// into one buffer (stack, or pooled when large), which is wiped after
    /// the call because it holds the secret. Dates are given as instants or
    /// as the caller's RFC 3339 text (<see cref="NativeDate"/>).
    /// </summary>
    internal static ResponseHandle NewResponse(
        string id,
        string secret,
        IReadOnlyList<string>? scope,
        string name,
        OwnerHandle owner,
        NativeDate created,
        long? accessTokenValiditySeconds,
        NativeDate? expirationDate)
    {
        int scopeCount = scope?.Count ?? 0;
        long bound = (long)Utf8Text.MaxBytes(id) + Utf8Text.MaxBytes(secret) + Utf8Text.MaxBytes(name)
            + created.MaxBytes + (expirationDate?.MaxBytes ?? 0) + 1;
        for (int i = 0; i < scopeCount; i++)
        {
            string? item = scope![i] ?? throw new ArgumentNullException(nameof(scope), $"scope[{i}] is null; scope items must not be null.");
            bound += Utf8Text.MaxBytes(item);
        }

        byte[]? rentedText = null;
        Span<byte> text = bound <= StackBytes
            ? stackalloc byte[StackBytes]
            : (rentedText = ArrayPool<byte>.Shared.Rent(checked((int)bound)));
        IscPatStr[]? rentedItems = null;
        Span<IscPatStr> items = scopeCount <= StackScopeItems
            ? stackalloc IscPatStr[StackScopeItems]
            : (rentedItems = ArrayPool<IscPatStr>.Shared.Rent(scopeCount));
        int used = 0;
        bool encoded = false;
        try
        {
            int idLen = Utf8Text.Encode(id, text, "id");
            int secretAt = used = idLen;
            int secretLen = Utf8Text.Encode(secret, text.Slice(used), "secret");
            used += secretLen;
            int nameAt = used;
            int nameLen = Utf8Text.Encode(name, text.Slice(used), "name");
            used += nameLen;
            int createdAt = used;
            int createdLen = created.Encode(text.Slice(used), "created");
            used += createdLen;
            int expirationAt = used;
            int expirationLen = 0;
            if (expirationDate is NativeDate expiration)
            {
                expirationLen = expiration.Encode(text.Slice(used), "expirationDate");
                used += expirationLen;
            }

            // Item offsets first; they become pointers once the text is pinned.
            for (int i = 0; i < scopeCount; i++)
            {
                int len = Utf8Text.Encode(scope![i], text.Slice(used), "scope", i);
                items[i].Ptr = (byte*)used;
                items[i].Len = (nuint)len;
                used += len;
            }

            encoded = true;
            long validity = accessTokenValiditySeconds.GetValueOrDefault();
            fixed (byte* p = text)
            fixed (IscPatStr* s = items)
            {
                for (int i = 0; i < scopeCount; i++)
                {
                    s[i].Ptr = p + (nint)s[i].Ptr;
                }

                IntPtr error;
                PatStatus status = isc_pat_response_new(
                    p, (nuint)idLen,
                    p + secretAt, (nuint)secretLen,
                    s, (nuint)scopeCount, scope is null,
                    p + nameAt, (nuint)nameLen,
                    owner,
                    p + createdAt, (nuint)createdLen,
                    accessTokenValiditySeconds.HasValue ? &validity : null,
                    expirationDate.HasValue ? p + expirationAt : null, (nuint)expirationLen,
                    out ResponseHandle response, &error);
                return Tracked(Checked(response, status, error), used);
            }
        }
        finally
        {
            // The buffer held the secret. After a failed encoding, any byte
            // up to the bound may have been written.
            text.Slice(0, encoded ? used : (int)Math.Min(bound, text.Length)).Clear();
            Return(rentedText);
            if (rentedItems is not null)
            {
                ArrayPool<IscPatStr>.Shared.Return(rentedItems);
            }
        }
    }

    internal static ResponseHandle ParseResponse(ReadOnlySpan<byte> json, bool strict)
    {
        byte empty = 0;
        fixed (byte* pinned = json)
        {
            byte* p = json.IsEmpty ? &empty : pinned;
            IntPtr error;
            PatStatus status = isc_pat_response_parse(p, (nuint)json.Length, strict, out ResponseHandle response, &error);
            return Tracked(Checked(response, status, error), json.Length);
        }
    }

    internal static ResponseHandle CloneResponse(ResponseHandle response)
    {
        IntPtr error;
        PatStatus status = isc_pat_response_clone(response, out ResponseHandle clone, &error);
        Checked(clone, status, error).AddMemoryPressure(response.NativeBytes);
        return clone;
    }

    private static ResponseHandle Tracked(ResponseHandle response, int textBytes)
    {
        response.AddMemoryPressure(ResponseHandle.EstimateNativeBytes(textBytes));
        return response;
    }

    /// <summary>
    /// The response's JSON as a string: written by the library straight into
    /// a stack buffer (nothing allocated on the native side), decoded, and
    /// the buffer wiped, since it holds the secret.
    /// </summary>
    internal static string ResponseToJson(ResponseHandle response, bool pretty)
    {
        Span<byte> stack = stackalloc byte[StackBytes];
        Span<byte> json = WriteResponseJson(response, pretty, stack, out byte[]? rented);
        try
        {
            return Encoding.UTF8.GetString(json);
        }
        finally
        {
            Wipe(json, rented);
        }
    }

    /// <summary>
    /// Writes the response's JSON into <paramref name="stack"/> when it fits,
    /// otherwise into a pooled array (<paramref name="rented"/>). Returns the
    /// text; the caller wipes it and returns the array with <see cref="Wipe"/>.
    /// </summary>
    internal static Span<byte> WriteResponseJson(ResponseHandle response, bool pretty, Span<byte> stack, out byte[]? rented)
    {
        rented = null;
        nuint len;
        IntPtr error;
        PatStatus status;
        fixed (byte* p = stack)
        {
            status = isc_pat_response_write_json(response, pretty, p, (nuint)stack.Length, &len, &error);
        }

        if (status == PatStatus.Ok)
        {
            return stack.Slice(0, (int)len);
        }

        if (status != PatStatus.BufferTooSmall)
        {
            throw ToException(status, error);
        }

        new ErrorHandle(error).Dispose();
        rented = ArrayPool<byte>.Shared.Rent(checked((int)len + 1));
        fixed (byte* p = rented)
        {
            Check(isc_pat_response_write_json(response, pretty, p, (nuint)rented.Length, &len, &error), error);
        }

        return rented.AsSpan(0, (int)len);
    }

    /// <summary>
    /// Writes the response's JSON into <paramref name="destination"/>: at
    /// most two native calls (the second when the first span was too small),
    /// no managed string and no copy.
    /// </summary>
    internal static void WriteResponseJson(ResponseHandle response, bool pretty, IBufferWriter<byte> destination)
    {
        Span<byte> span = destination.GetSpan(StackBytes);
        nuint len;
        IntPtr error;
        PatStatus status;
        fixed (byte* p = span)
        {
            status = isc_pat_response_write_json(response, pretty, p, (nuint)span.Length, &len, &error);
        }

        if (status == PatStatus.BufferTooSmall)
        {
            new ErrorHandle(error).Dispose();
            span = destination.GetSpan(checked((int)len + 1));
            fixed (byte* p = span)
            {
                status = isc_pat_response_write_json(response, pretty, p, (nuint)span.Length, &len, &error);
            }
        }

        Check(status, error);
        destination.Advance((int)len);
    }

    /// <summary>
    /// Whether two responses hold the same value: their canonical JSON is
    /// compared in constant time (it holds the secrets), then wiped. The
    /// canonical form is unique per value: keys in a fixed order, dates to
    /// the millisecond, one escaping of strings.
    /// </summary>
    internal static bool ResponsesEqual(ResponseHandle left, ResponseHandle right)
    {
        Span<byte> leftStack = stackalloc byte[StackBytes];
        Span<byte> rightStack = stackalloc byte[StackBytes];
        byte[]? leftRented = null;
        byte[]? rightRented = null;
        scoped Span<byte> leftJson = default;
        scoped Span<byte> rightJson = default;
        try
        {
            leftJson = WriteResponseJson(left, pretty: false, leftStack, out leftRented);
            rightJson = WriteResponseJson(right, pretty: false, rightStack, out rightRented);
            return CryptographicOperations.FixedTimeEquals(leftJson, rightJson);
        }
        finally
        {
            Wipe(leftJson, leftRented);
            Wipe(rightJson, rightRented);
        }
    }

    /// <summary>
    /// Reads the secret's UTF-8 bytes into <paramref name="stack"/> when they
    /// fit, otherwise into a pooled array (<paramref name="rented"/>); the
    /// caller wipes them with <see cref="Wipe"/>. No managed string is made.
    /// </summary>
    internal static Span<byte> ResponseSecretUtf8(ResponseHandle response, Span<byte> stack, out byte[]? rented)
        => ReadUtf8(response, &isc_pat_response_secret, stack, out rented);

    /// <summary>Parses like <see cref="ParseResponse(ReadOnlySpan{byte}, bool)"/>, but answers null instead of throwing (no error object is even made).</summary>
    internal static ResponseHandle? TryParseResponse(ReadOnlySpan<byte> json, bool strict)
    {
        byte empty = 0;
        fixed (byte* pinned = json)
        {
            byte* p = json.IsEmpty ? &empty : pinned;
            PatStatus status = isc_pat_response_parse(p, (nuint)json.Length, strict, out ResponseHandle response, null);
            if (status != PatStatus.Ok || response.IsInvalid)
            {
                response.Dispose();
                return null;
            }

            return Tracked(response, json.Length);
        }
    }

    internal static ResponseHandle? TryParseResponse(ReadOnlySpan<char> json, bool strict)
        => ParseText(json, strict, TryParseResponse, quiet: true);

    internal static string ResponseId(ResponseHandle response) => ReadText(response, &isc_pat_response_id, wipe: false);

    internal static string ResponseSecret(ResponseHandle response) => ReadText(response, &isc_pat_response_secret, wipe: true);

    internal static string ResponseName(ResponseHandle response) => ReadText(response, &isc_pat_response_name, wipe: false);

    /// <summary>The scope list, or <see langword="null"/> when the scope is the API's <c>null</c>.</summary>
    internal static string[]? ResponseScope(ResponseHandle response)
    {
        nuint count;
        IntPtr error;
        PatStatus status = isc_pat_response_scope_count(response, &count, &error);
        if (status == PatStatus.NotSet)
        {
            new ErrorHandle(error).Dispose();
            return null;
        }

        Check(status, error);
        var items = count == 0 ? Array.Empty<string>() : new string[checked((int)count)];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = ReadScopeItem(response, (nuint)i);
        }

        return items;
    }

    internal static OwnerHandle ResponseOwner(ResponseHandle response)
    {
        IntPtr error;
        PatStatus status = isc_pat_response_owner(response, out OwnerHandle owner, &error);
        return Checked(owner, status, error);
    }

    internal static long ResponseCreatedUnixMs(ResponseHandle response)
    {
        long ms;
        IntPtr error;
        Check(isc_pat_response_created_unix_ms(response, &ms, &error), error);
        return ms;
    }

    internal static int ResponseAccessTokenValiditySeconds(ResponseHandle response)
    {
        int seconds;
        IntPtr error;
        Check(isc_pat_response_access_token_validity_seconds(response, &seconds, &error), error);
        return seconds;
    }

    /// <summary>The expiration date in Unix milliseconds, or <see langword="null"/> when not set.</summary>
    internal static long? ResponseExpirationUnixMs(ResponseHandle response)
    {
        long ms;
        IntPtr error;
        PatStatus status = isc_pat_response_expiration_date_unix_ms(response, &ms, &error);
        if (status == PatStatus.NotSet)
        {
            new ErrorHandle(error).Dispose();
            return null;
        }

        Check(status, error);
        return ms;
    }

    private static string ReadScopeItem(ResponseHandle response, nuint index)
    {
        byte* stack = stackalloc byte[256];
        nuint len;
        IntPtr error;
        PatStatus status = isc_pat_response_scope_item(response, index, stack, 256, &len, &error);
        if (status == PatStatus.Ok)
        {
            return Encoding.UTF8.GetString(stack, (int)len);
        }

        if (status != PatStatus.BufferTooSmall)
        {
            throw ToException(status, error);
        }

        new ErrorHandle(error).Dispose();
        byte[] rented = ArrayPool<byte>.Shared.Rent(checked((int)len + 1));
        try
        {
            fixed (byte* p = rented)
            {
                Check(isc_pat_response_scope_item(response, index, p, (nuint)rented.Length, &len, &error), error);
                return Encoding.UTF8.GetString(p, (int)len);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    internal static ResponseHandle ParseResponse(ReadOnlySpan<char> json, bool strict) => ParseText(json, strict, ParseResponse)!;
}

/// <summary>Owns an <c>isc_pat_response*</c>; releases it with <c>isc_pat_response_free</c>, which wipes the secret.</summary>
/// <remarks>
/// The native object is invisible to the garbage collector, which would
/// otherwise let hundreds of megabytes of undisposed responses wait for a
/// collection driven only by their small managed wrappers. Each handle
/// therefore reports an estimate of its native size as memory pressure.
/// </remarks>
internal sealed class ResponseHandle : SafeHandle
{
    private long nativeBytes;

    /// <summary>An empty handle, filled in by a native call's output.</summary>
    public ResponseHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    /// <inheritdoc/>
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>An estimate of the native allocation behind a response holding this much text.</summary>
    internal static long EstimateNativeBytes(long textBytes) => textBytes + 512;

    /// <summary>Reports <paramref name="bytes"/> of native memory to the GC until the handle is released.</summary>
    internal void AddMemoryPressure(long bytes)
    {
        nativeBytes = bytes;
        NativeMemoryPressure.Add(bytes);
    }

    /// <summary>The estimate given to <see cref="AddMemoryPressure"/>.</summary>
    internal long NativeBytes => nativeBytes;

    /// <inheritdoc/>
    protected override bool ReleaseHandle()
    {
        Native.FreeResponse(handle);
        if (nativeBytes > 0)
        {
            NativeMemoryPressure.Remove(nativeBytes);
        }

        return true;
    }
}
