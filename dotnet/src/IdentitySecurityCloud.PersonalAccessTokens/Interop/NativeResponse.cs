using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace IdentitySecurityCloud.PersonalAccessTokens.Interop;

// isc_pat_response: its functions and the SafeHandle that owns one.
internal static unsafe partial class Native
{
    // ---- response ---------------------------------------------------------

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_new(
        IscPatStr id,
        IscPatStr secret,
        IscPatStr* scope, nuint scopeLen, [MarshalAs(UnmanagedType.U1)] bool scopeIsNull,
        IscPatStr name,
        OwnerHandle owner,
        long createdUnixMs,
        long* accessTokenValiditySeconds,
        long* expirationDateUnixMs,
        out ResponseHandle response, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_parse(
        IscPatStr json, [MarshalAs(UnmanagedType.U1)] bool strict, out ResponseHandle response, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_write_json(
        ResponseHandle response, [MarshalAs(UnmanagedType.U1)] bool pretty, byte* buf, nuint cap, nuint* len, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_clone(ResponseHandle response, out ResponseHandle clone, IntPtr* error);

    [LibraryImport(LibraryName)]
    [return: MarshalAs(UnmanagedType.U1)]
    private static partial bool isc_pat_response_equal(ResponseHandle a, ResponseHandle b);

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
    /// into one <see cref="NativeBuffer"/>, wiped after the call because it
    /// holds the secret; dates go as Unix milliseconds.
    /// </summary>
    internal static ResponseHandle NewResponse(
        string id,
        string secret,
        IReadOnlyList<string>? scope,
        string name,
        OwnerHandle owner,
        long createdUnixMs,
        long? accessTokenValiditySeconds,
        long? expirationDateUnixMs)
    {
        int scopeCount = scope?.Count ?? 0;
        long bound = (long)NativeBuffer.MaxBytes(id) + NativeBuffer.MaxBytes(secret) + NativeBuffer.MaxBytes(name) + 1;
        for (int i = 0; i < scopeCount; i++)
        {
            string? item = scope![i] ?? throw new ArgumentNullException(nameof(scope), $"scope[{i}] is null; scope items must not be null.");
            bound += NativeBuffer.MaxBytes(item);
        }

        var text = new NativeBuffer(stackalloc byte[StackBytes]);
        IscPatStr[]? rentedItems = null;
        Span<IscPatStr> items = scopeCount <= StackScopeItems
            ? stackalloc IscPatStr[StackScopeItems]
            : (rentedItems = ArrayPool<IscPatStr>.Shared.Rent(scopeCount));
        try
        {
            text.Reserve(checked((int)bound));
            var idPart = text.Add(id, "id");
            var secretPart = text.Add(secret, "secret");
            var namePart = text.Add(name, "name");
            // Item offsets first (a buffer pointer of zero); they become
            // pointers once the text is pinned.
            for (int i = 0; i < scopeCount; i++)
            {
                items[i] = NativeBuffer.Str(null, text.Add(scope![i], "scope", i));
            }

            long validity = accessTokenValiditySeconds.GetValueOrDefault();
            long expiration = expirationDateUnixMs.GetValueOrDefault();
            fixed (byte* p = text.Bytes)
            fixed (IscPatStr* s = items)
            {
                for (int i = 0; i < scopeCount; i++)
                {
                    s[i].Ptr = p + (nint)s[i].Ptr;
                }

                IntPtr error;
                PatStatus status = isc_pat_response_new(
                    NativeBuffer.Str(p, idPart),
                    NativeBuffer.Str(p, secretPart),
                    s, (nuint)scopeCount, scope is null,
                    NativeBuffer.Str(p, namePart),
                    owner,
                    createdUnixMs,
                    accessTokenValiditySeconds.HasValue ? &validity : null,
                    expirationDateUnixMs.HasValue ? &expiration : null,
                    out ResponseHandle response, &error);
                return Tracked(Checked(response, status, error), text.Length);
            }
        }
        finally
        {
            text.Dispose();
            if (rentedItems is not null)
            {
                ArrayPool<IscPatStr>.Shared.Return(rentedItems);
            }
        }
    }

    internal static ResponseHandle ParseResponse(ReadOnlySpan<byte> json, bool strict)
        => ParseResponse(json, strict, quiet: false)!;

    internal static ResponseHandle ParseResponse(ReadOnlySpan<char> json, bool strict) => ParseText(json, strict, ParseResponse)!;

    /// <summary>Parses like <see cref="ParseResponse(ReadOnlySpan{byte}, bool)"/>, but answers null instead of throwing (no error object is even made).</summary>
    internal static ResponseHandle? TryParseResponse(ReadOnlySpan<byte> json, bool strict) => ParseResponse(json, strict, quiet: true);

    /// <summary>The one native parse call: a refusal is thrown, or with <paramref name="quiet"/> answered as null.</summary>
    private static ResponseHandle? ParseResponse(ReadOnlySpan<byte> json, bool strict, bool quiet)
    {
        byte empty = 0;
        fixed (byte* pinned = json)
        {
            var text = new IscPatStr { Ptr = json.IsEmpty ? &empty : pinned, Len = (nuint)json.Length };
            IntPtr error = IntPtr.Zero;
            PatStatus status = isc_pat_response_parse(text, strict, out ResponseHandle response, quiet ? null : &error);
            if (quiet && (status != PatStatus.Ok || response.IsInvalid))
            {
                response.Dispose();
                return null;
            }

            return Tracked(quiet ? response : Checked(response, status, error), json.Length);
        }
    }

    internal static ResponseHandle? TryParseResponse(ReadOnlySpan<char> json, bool strict)
        => ParseText(json, strict, TryParseResponse, quiet: true);

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

    /// <summary>The response's JSON as a string: written by the library into a <see cref="NativeBuffer"/> (wiped), then decoded.</summary>
    internal static string ResponseToJson(ResponseHandle response, bool pretty)
        => ReadString((response, pretty), &WriteJson);

    /// <summary>Writes the response's JSON into <paramref name="buffer"/> and answers it (valid until the buffer is disposed).</summary>
    internal static ReadOnlySpan<byte> ResponseJson(ref NativeBuffer buffer, ResponseHandle response, bool pretty)
        => buffer.Read((response, pretty), &WriteJson);

    /// <summary>Writes the response's JSON into <paramref name="destination"/> through a wiped <see cref="NativeBuffer"/>.</summary>
    internal static void WriteResponseJson(ResponseHandle response, bool pretty, IBufferWriter<byte> destination)
    {
        var buffer = new NativeBuffer(stackalloc byte[StackBytes]);
        try
        {
            destination.Write(ResponseJson(ref buffer, response, pretty));
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>Whether two responses hold the same value: compared natively, the secret in constant time.</summary>
    internal static bool ResponsesEqual(ResponseHandle left, ResponseHandle right) => isc_pat_response_equal(left, right);

    internal static string ResponseId(ResponseHandle response) => ReadString(response, &isc_pat_response_id);

    internal static string ResponseSecret(ResponseHandle response) => ReadString(response, &isc_pat_response_secret);

    internal static string ResponseName(ResponseHandle response) => ReadString(response, &isc_pat_response_name);

    /// <summary>The scope list, or <see langword="null"/> when the scope is the API's <c>null</c>.</summary>
    internal static string[]? ResponseScope(ResponseHandle response)
    {
        nuint count;
        IntPtr error;
        PatStatus status = isc_pat_response_scope_count(response, &count, &error);
        if (status == PatStatus.NotSet)
        {
            FreeError(error);
            return null;
        }

        Check(status, error);
        var items = count == 0 ? Array.Empty<string>() : new string[checked((int)count)];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = ReadString((response, (nuint)i), &ScopeItem);
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
            FreeError(error);
            return null;
        }

        Check(status, error);
        return ms;
    }

    /// <summary><c>isc_pat_response_write_json</c> as a <see cref="NativeBuffer.Read{TSource}"/> writer.</summary>
    private static PatStatus WriteJson((ResponseHandle Response, bool Pretty) source, byte* buf, nuint cap, nuint* len, IntPtr* error)
        => isc_pat_response_write_json(source.Response, source.Pretty, buf, cap, len, error);

    /// <summary><c>isc_pat_response_scope_item</c> as a <see cref="NativeBuffer.Read{TSource}"/> writer.</summary>
    private static PatStatus ScopeItem((ResponseHandle Response, nuint Index) source, byte* buf, nuint cap, nuint* len, IntPtr* error)
        => isc_pat_response_scope_item(source.Response, source.Index, buf, cap, len, error);
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
