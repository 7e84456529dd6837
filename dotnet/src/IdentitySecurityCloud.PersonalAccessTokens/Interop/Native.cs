using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace IdentitySecurityCloud.PersonalAccessTokens.Interop;

/// <summary>
/// The native functions of <c>isc_pat.h</c> and the only pointer code of the
/// binding. Everything above this class works with spans, strings and
/// SafeHandles.
/// </summary>
/// <remarks>
/// Invariants every pointer here relies on:
/// <list type="bullet">
/// <item>Input text is UTF-8 in a buffer (stack or pooled array) that is
/// pinned by <c>fixed</c> or lives on the stack for the whole native call, and
/// every (pointer, length) pair lies inside that buffer. The native side only
/// reads it during the call and keeps no pointer to it.</item>
/// <item>A pointer passed for text is never NULL, even for an empty string:
/// the C API treats NULL as NULL_ARGUMENT, and we want "" to reach its
/// EMPTY_FIELD check. Buffers always have at least one byte, and an empty
/// span is replaced by a one-byte stack local.</item>
/// <item>Object handles are passed as SafeHandles, so the marshaller holds a
/// reference on each for the duration of the call (use after Dispose throws
/// ObjectDisposedException instead of touching freed memory).</item>
/// <item>Output pointers point to locals of the calling frame. Every native
/// pointer received (object, error, string) is wrapped in its SafeHandle or
/// freed in a <c>finally</c> before the method returns.</item>
/// </list>
/// No call here uses SuppressGCTransition: they allocate or may take long.
/// </remarks>
[SkipLocalsInit]
internal static unsafe partial class Native
{
    /// <summary>The name every P/Invoke uses; <see cref="NativeLibraryResolver"/> maps it to a file.</summary>
    internal const string LibraryName = "isc_pat";

    /// <summary>Text up to this many bytes is read and written in a stack buffer.</summary>
    private const int StackBytes = 1024;

    /// <summary>Scope lists up to this many items describe themselves in a stack buffer.</summary>
    private const int StackScopeItems = 32;

    /// <summary>JSON text whose UTF-8 bound is up to this many bytes is encoded on the stack.</summary>
    private const int JsonStackBytes = 4096;

    // Explicit static constructor: the runtime runs it before the first call
    // of any method below, so the resolver is in place before any library
    // lookup.
    static Native() => NativeLibraryResolver.Register(typeof(Native).Assembly);

    /// <summary>The C <c>isc_pat_str</c>: a borrowed UTF-8 string.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct IscPatStr
    {
        public byte* Ptr;
        public nuint Len;
    }

    // ---- errors -----------------------------------------------------------

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_error_status(ErrorHandle error);

    [LibraryImport(LibraryName)]
    private static partial byte* isc_pat_error_message(ErrorHandle error);

    [LibraryImport(LibraryName)]
    private static partial byte* isc_pat_error_field(ErrorHandle error);

    [LibraryImport(LibraryName)]
    private static partial void isc_pat_error_free(IntPtr error);

    [LibraryImport(LibraryName)]
    private static partial void isc_pat_string_free(byte* s);

    [LibraryImport(LibraryName)]
    private static partial byte* isc_pat_version();

    // ---- owner ------------------------------------------------------------

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_owner_new(
        byte* ownerType, nuint ownerTypeLen, byte* id, nuint idLen, byte* name, nuint nameLen,
        out OwnerHandle owner, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_owner_parse(
        byte* json, nuint jsonLen, [MarshalAs(UnmanagedType.U1)] bool strict, out OwnerHandle owner, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_owner_to_json(
        OwnerHandle owner, [MarshalAs(UnmanagedType.U1)] bool pretty, byte** json, nuint* len, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_owner_clone(OwnerHandle owner, out OwnerHandle clone, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_owner_type(OwnerHandle owner, byte* buf, nuint cap, nuint* len, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_owner_id(OwnerHandle owner, byte* buf, nuint cap, nuint* len, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_owner_name(OwnerHandle owner, byte* buf, nuint cap, nuint* len, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial void isc_pat_owner_free(IntPtr owner);

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

    // ---- response lists (JSON arrays) ---------------------------------------

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_list_parse(
        byte* json, nuint jsonLen, [MarshalAs(UnmanagedType.U1)] bool strict, out ResponseListHandle list, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_list_count(ResponseListHandle list, nuint* count, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_list_take(
        ResponseListHandle list, nuint index, out ResponseHandle response, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial void isc_pat_response_list_free(IntPtr list);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_responses_to_json(
        IntPtr* items, nuint count, [MarshalAs(UnmanagedType.U1)] bool pretty, byte** json, nuint* len, IntPtr* error);

    // ---- frees, for the SafeHandles -----------------------------------------

    internal static void FreeOwner(IntPtr owner) => isc_pat_owner_free(owner);

    internal static void FreeResponse(IntPtr response) => isc_pat_response_free(response);

    internal static void FreeError(IntPtr error) => isc_pat_error_free(error);

    internal static void FreeResponseList(IntPtr list) => isc_pat_response_list_free(list);

    /// <summary>The version of the loaded native library, e.g. <c>0.1.0</c>.</summary>
    internal static string Version() => Marshal.PtrToStringUTF8((IntPtr)isc_pat_version()) ?? string.Empty;

    // ---- owner operations -----------------------------------------------------

    internal static OwnerHandle NewOwner(string ownerType, string id, string name)
    {
        int bound = Utf8Text.MaxBytes(ownerType) + Utf8Text.MaxBytes(id) + Utf8Text.MaxBytes(name) + 1;
        byte[]? rented = null;
        Span<byte> buffer = bound <= StackBytes
            ? stackalloc byte[StackBytes]
            : (rented = ArrayPool<byte>.Shared.Rent(bound));
        int typeLen = Utf8Text.Encode(ownerType, buffer, "owner.type");
        int idLen = Utf8Text.Encode(id, buffer.Slice(typeLen), "owner.id");
        int nameLen = Utf8Text.Encode(name, buffer.Slice(typeLen + idLen), "owner.name");
        try
        {
            fixed (byte* p = buffer)
            {
                IntPtr error;
                PatStatus status = isc_pat_owner_new(
                    p, (nuint)typeLen, p + typeLen, (nuint)idLen, p + typeLen + idLen, (nuint)nameLen,
                    out OwnerHandle owner, &error);
                return Checked(owner, status, error);
            }
        }
        finally
        {
            Return(rented);
        }
    }

    internal static OwnerHandle ParseOwner(ReadOnlySpan<byte> json, bool strict)
    {
        byte empty = 0;
        fixed (byte* pinned = json)
        {
            byte* p = json.IsEmpty ? &empty : pinned;
            IntPtr error;
            PatStatus status = isc_pat_owner_parse(p, (nuint)json.Length, strict, out OwnerHandle owner, &error);
            return Checked(owner, status, error);
        }
    }

    internal static OwnerHandle CloneOwner(OwnerHandle owner)
    {
        IntPtr error;
        PatStatus status = isc_pat_owner_clone(owner, out OwnerHandle clone, &error);
        return Checked(clone, status, error);
    }

    internal static string OwnerToJson(OwnerHandle owner, bool pretty)
    {
        byte* json = null;
        nuint len;
        IntPtr error;
        PatStatus status = isc_pat_owner_to_json(owner, pretty, &json, &len, &error);
        return TakeJson(json, len, status, error);
    }

    internal static string OwnerType(OwnerHandle owner) => ReadText(owner, &isc_pat_owner_type, wipe: false);

    internal static string OwnerId(OwnerHandle owner) => ReadText(owner, &isc_pat_owner_id, wipe: false);

    internal static string OwnerName(OwnerHandle owner) => ReadText(owner, &isc_pat_owner_name, wipe: false);

    // ---- response operations --------------------------------------------------

    /// <summary>
    /// Builds a response with one native call: every text is encoded once
    /// into one buffer (stack, or pooled when large), which is wiped after
    /// the call because it holds the secret.
    /// </summary>
    internal static ResponseHandle NewResponse(
        string id,
        string secret,
        IReadOnlyList<string>? scope,
        string name,
        OwnerHandle owner,
        DateTimeOffset created,
        long? accessTokenValiditySeconds,
        DateTimeOffset? expirationDate)
    {
        int scopeCount = scope?.Count ?? 0;
        long bound = (long)Utf8Text.MaxBytes(id) + Utf8Text.MaxBytes(secret) + Utf8Text.MaxBytes(name)
            + (2 * Rfc3339.Length) + 1;
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
            Rfc3339.Format(created, text.Slice(used));
            used += Rfc3339.Length;
            int expirationAt = used;
            if (expirationDate is DateTimeOffset expiration)
            {
                Rfc3339.Format(expiration, text.Slice(used));
                used += Rfc3339.Length;
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
                    p + createdAt, Rfc3339.Length,
                    accessTokenValiditySeconds.HasValue ? &validity : null,
                    expirationDate.HasValue ? p + expirationAt : null, expirationDate.HasValue ? (nuint)Rfc3339.Length : 0,
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

    internal static string ResponseToJson(ResponseHandle response, bool pretty)
    {
        byte* json = null;
        nuint len;
        IntPtr error;
        PatStatus status = isc_pat_response_to_json(response, pretty, &json, &len, &error);
        return TakeJson(json, len, status, error);
    }

    /// <summary>
    /// Parses a JSON array of responses and moves every item into its own
    /// handle. On a parse failure the native side keeps nothing; a failure
    /// while taking items disposes the handles already taken, and the list
    /// (freed on every path) frees the items not taken.
    /// </summary>
    internal static ResponseHandle[] ParseResponseList(ReadOnlySpan<byte> json, bool strict)
    {
        byte empty = 0;
        ResponseListHandle list;
        fixed (byte* pinned = json)
        {
            byte* p = json.IsEmpty ? &empty : pinned;
            IntPtr error;
            PatStatus status = isc_pat_response_list_parse(p, (nuint)json.Length, strict, out list, &error);
            list = Checked(list, status, error);
        }

        using (list)
        {
            nuint count;
            IntPtr error;
            Check(isc_pat_response_list_count(list, &count, &error), error);
            if (count == 0)
            {
                return Array.Empty<ResponseHandle>();
            }

            var items = new ResponseHandle[checked((int)count)];
            // The array's text shared out evenly: an estimate, like a single parse's.
            int textBytes = json.Length / items.Length;
            int taken = 0;
            try
            {
                for (; taken < items.Length; taken++)
                {
                    PatStatus status = isc_pat_response_list_take(list, (nuint)taken, out ResponseHandle item, &error);
                    items[taken] = Tracked(Checked(item, status, error), textBytes);
                }

                return items;
            }
            catch
            {
                for (int i = 0; i < taken; i++)
                {
                    items[i].Dispose();
                }

                throw;
            }
        }
    }

    internal static ResponseHandle[] ParseResponseList(string json, bool strict) => ParseText(json, strict, ParseResponseList);

    /// <summary>
    /// One JSON array of <paramref name="responses"/> (none null) with one
    /// native call. Each handle is referenced (DangerousAddRef) for the call,
    /// so a concurrent Dispose cannot free an item under it; a handle already
    /// closed throws <see cref="ObjectDisposedException"/> before the call.
    /// </summary>
    internal static string ResponsesToJson(IReadOnlyList<ResponseHandle> responses, bool pretty)
    {
        int count = responses.Count;
        IntPtr[]? rented = null;
        Span<IntPtr> pointers = count <= StackScopeItems
            ? stackalloc IntPtr[StackScopeItems]
            : (rented = ArrayPool<IntPtr>.Shared.Rent(count));
        int referenced = 0;
        try
        {
            for (; referenced < count; referenced++)
            {
                ResponseHandle response = responses[referenced];
                bool added = false;
                response.DangerousAddRef(ref added); // throws ObjectDisposedException when closed
                if (!added)
                {
                    throw new ObjectDisposedException(nameof(CreatePersonalAccessTokenResponse));
                }

                pointers[referenced] = response.DangerousGetHandle();
            }

            byte* json = null;
            nuint len;
            IntPtr error;
            fixed (IntPtr* items = pointers)
            {
                PatStatus status = isc_pat_responses_to_json(count == 0 ? null : items, (nuint)count, pretty, &json, &len, &error);
                return TakeJson(json, len, status, error);
            }
        }
        finally
        {
            for (int i = 0; i < referenced; i++)
            {
                responses[i].DangerousRelease();
            }

            if (rented is not null)
            {
                ArrayPool<IntPtr>.Shared.Return(rented);
            }
        }
    }

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

    // ---- shared plumbing ------------------------------------------------------

    /// <summary>Returns <paramref name="handle"/> on success; otherwise frees it (it is empty) and throws the native error.</summary>
    private static T Checked<T>(T handle, PatStatus status, IntPtr error)
        where T : SafeHandle
    {
        if (status == PatStatus.Ok && !handle.IsInvalid)
        {
            return handle;
        }

        handle.Dispose();
        throw ToException(status == PatStatus.Ok ? PatStatus.Panic : status, error);
    }

    private static void Check(PatStatus status, IntPtr error)
    {
        if (status != PatStatus.Ok)
        {
            throw ToException(status, error);
        }
    }

    /// <summary>Turns a native error object (owned from here on) into a <see cref="PatException"/>.</summary>
    private static PatException ToException(PatStatus status, IntPtr error)
    {
        using var owned = new ErrorHandle(error);
        if (owned.IsInvalid)
        {
            return new PatException(status, null, $"the native library failed with status {status}");
        }

        PatStatus code = isc_pat_error_status(owned);
        string? field = Marshal.PtrToStringUTF8((IntPtr)isc_pat_error_field(owned));
        string message = Marshal.PtrToStringUTF8((IntPtr)isc_pat_error_message(owned)) ?? code.ToString();
        return new PatException(code, field, message);
    }

    /// <summary>Copies a native JSON string into a .NET string and frees (wipes) the native one.</summary>
    private static string TakeJson(byte* json, nuint len, PatStatus status, IntPtr error)
    {
        try
        {
            Check(status, error);
            return Encoding.UTF8.GetString(json, checked((int)len));
        }
        finally
        {
            isc_pat_string_free(json);
        }
    }

    /// <summary>
    /// Reads a text getter: first into a stack buffer; when the native side
    /// reports BUFFER_TOO_SMALL, again into a pooled buffer of the size it
    /// reported. With <paramref name="wipe"/> the buffers are cleared after.
    /// </summary>
    private static string ReadText<THandle>(
        THandle handle, delegate*<THandle, byte*, nuint, nuint*, IntPtr*, PatStatus> getter, bool wipe)
        where THandle : SafeHandle
    {
        byte* stack = stackalloc byte[256];
        nuint len;
        IntPtr error;
        PatStatus status = getter(handle, stack, 256, &len, &error);
        if (status == PatStatus.Ok)
        {
            string text = Encoding.UTF8.GetString(stack, (int)len);
            if (wipe)
            {
                new Span<byte>(stack, 256).Clear();
            }

            return text;
        }

        if (status != PatStatus.BufferTooSmall)
        {
            throw ToException(status, error);
        }

        new ErrorHandle(error).Dispose();
        int size = checked((int)len + 1);
        byte[] rented = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            fixed (byte* p = rented)
            {
                Check(getter(handle, p, (nuint)rented.Length, &len, &error), error);
                return Encoding.UTF8.GetString(p, (int)len);
            }
        }
        finally
        {
            if (wipe)
            {
                Array.Clear(rented);
            }

            ArrayPool<byte>.Shared.Return(rented);
        }
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

    internal static OwnerHandle ParseOwner(string json, bool strict) => ParseText(json, strict, ParseOwner);

    internal static ResponseHandle ParseResponse(string json, bool strict) => ParseText(json, strict, ParseResponse);

    /// <summary>A parser of UTF-8 JSON, for <see cref="ParseText"/>.</summary>
    private delegate T Utf8Parser<T>(ReadOnlySpan<byte> utf8Json, bool strict);

    /// <summary>
    /// Encodes <paramref name="json"/> as UTF-8 into a stack or pooled
    /// buffer and parses it with <paramref name="parse"/>; the buffer is
    /// cleared afterwards, since the JSON may hold secrets.
    /// </summary>
    private static T ParseText<T>(string json, bool strict, Utf8Parser<T> parse)
    {
        int bound = Utf8Text.MaxBytes(json) + 1;
        byte[]? rented = null;
        Span<byte> buffer = bound <= JsonStackBytes
            ? stackalloc byte[JsonStackBytes]
            : (rented = ArrayPool<byte>.Shared.Rent(bound));
        int written = -1;
        try
        {
            written = Utf8Text.Encode(json, buffer, null);
            return parse(buffer.Slice(0, written), strict);
        }
        finally
        {
            // After a failed encoding, any byte up to the bound may have
            // been written.
            buffer.Slice(0, written >= 0 ? written : Math.Min(bound, buffer.Length)).Clear();
            Return(rented);
        }
    }

    private static void Return(byte[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
