using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;

namespace IdentitySecurityCloud.PersonalAccessTokens.Interop;

// Text crossing the boundary: strings the library allocates (JSON), text
// getters copying into our buffers, and JSON text encoded for a parse.
internal static unsafe partial class Native
{
    [LibraryImport(LibraryName)]
    private static partial void isc_pat_string_free(byte* s);

    [LibraryImport(LibraryName)]
    private static partial byte* isc_pat_version();

    /// <summary>The version of the loaded native library, e.g. <c>0.1.0</c>.</summary>
    internal static string Version() => Marshal.PtrToStringUTF8((IntPtr)isc_pat_version()) ?? string.Empty;

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


