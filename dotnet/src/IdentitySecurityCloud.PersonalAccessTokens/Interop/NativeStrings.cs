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

    /// <summary>Copies a native JSON string into <paramref name="destination"/> and frees (wipes) the native one.</summary>
    private static void CopyJson(byte* json, nuint len, PatStatus status, IntPtr error, IBufferWriter<byte> destination)
    {
        try
        {
            Check(status, error);
            var text = new ReadOnlySpan<byte>(json, checked((int)len));
            text.CopyTo(destination.GetSpan(text.Length));
            destination.Advance(text.Length);
        }
        finally
        {
            isc_pat_string_free(json);
        }
    }

    /// <summary>
    /// Reads a text getter as UTF-8 into <paramref name="stack"/> when it
    /// fits, otherwise into a pooled array (<paramref name="rented"/>).
    /// </summary>
    private static Span<byte> ReadUtf8<THandle>(
        THandle handle, delegate*<THandle, byte*, nuint, nuint*, IntPtr*, PatStatus> getter, Span<byte> stack, out byte[]? rented)
        where THandle : SafeHandle
    {
        rented = null;
        nuint len;
        IntPtr error;
        PatStatus status;
        fixed (byte* p = stack)
        {
            status = getter(handle, p, (nuint)stack.Length, &len, &error);
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
            Check(getter(handle, p, (nuint)rented.Length, &len, &error), error);
        }

        return rented.AsSpan(0, (int)len);
    }

    /// <summary>Clears <paramref name="text"/> and returns <paramref name="rented"/> (when not null) to the pool, cleared whole.</summary>
    internal static void Wipe(Span<byte> text, byte[]? rented)
    {
        text.Clear();
        if (rented is not null)
        {
            // The native side may have written a terminator past the text.
            Array.Clear(rented);
            ArrayPool<byte>.Shared.Return(rented);
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
    /// cleared afterwards, since the JSON may hold secrets. With
    /// <paramref name="quiet"/>, text that is not valid UTF-16 gives
    /// <see langword="default"/> instead of a <see cref="PatException"/>.
    /// </summary>
    private static T? ParseText<T>(ReadOnlySpan<char> json, bool strict, Utf8Parser<T> parse, bool quiet = false)
    {
        int bound = Utf8Text.MaxBytes(json) + 1;
        byte[]? rented = null;
        Span<byte> buffer = bound <= JsonStackBytes
            ? stackalloc byte[JsonStackBytes]
            : (rented = ArrayPool<byte>.Shared.Rent(bound));
        int written = -1;
        try
        {
            if (quiet)
            {
                if (!Utf8Text.TryEncode(json, buffer, out int length))
                {
                    return default;
                }

                written = length;
            }
            else
            {
                written = Utf8Text.Encode(json, buffer, null);
            }

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


