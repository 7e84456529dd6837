using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace IdentitySecurityCloud.PersonalAccessTokens.Interop;

/// <summary>
/// The native functions of <c>isc_pat.h</c> and the only pointer code of the
/// binding, one file per native type as the header groups them:
/// <c>NativeOwner.cs</c>, <c>NativeResponse.cs</c>, <c>NativeResponseList.cs</c>
/// and <c>NativeError.cs</c>, each with the SafeHandle that owns that type;
/// this file holds what they share (text in and out, dates). Text crosses in
/// a <see cref="NativeBuffer"/>. Everything above this class works with
/// spans, strings and SafeHandles.
/// </summary>
/// <remarks>
/// Invariants every pointer here relies on:
/// <list type="bullet">
/// <item>Input text is UTF-8 in a <see cref="NativeBuffer"/> pinned by
/// <c>fixed</c> for the whole native call, and every <c>isc_pat_str</c> lies
/// inside it. The native side only reads it during the call and keeps no
/// pointer to it.</item>
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
    internal const int StackBytes = 1024;

    /// <summary>Scope lists up to this many items describe themselves in a stack buffer.</summary>
    private const int StackScopeItems = 32;

    /// <summary>JSON text whose UTF-8 bound is up to this many bytes is encoded on the stack.</summary>
    private const int JsonStackBytes = 4096;

    // Explicit static constructor: the runtime runs it before the first call
    // of any method below, so the resolver is in place before any library
    // lookup.
    static Native() => NativeLibraryResolver.Register(typeof(Native).Assembly);

    /// <summary>A parser of UTF-8 JSON, for <see cref="ParseText"/>.</summary>
    private delegate T Utf8Parser<T>(ReadOnlySpan<byte> utf8Json, bool strict);

    [LibraryImport(LibraryName)]
    private static partial void isc_pat_string_free(byte* s);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_date_parse(IscPatStr text, IscPatStr field, long* unixMs, IntPtr* error);

    /// <summary>
    /// RFC 3339 text as Unix milliseconds, read by the native library by the
    /// rules and with the messages of a date inside JSON, naming
    /// <paramref name="field"/> (ASCII) when it refuses the text.
    /// </summary>
    internal static long ParseDate(string text, string field)
    {
        var buffer = new NativeBuffer(stackalloc byte[StackBytes]);
        try
        {
            buffer.Reserve(NativeBuffer.MaxBytes(text) + field.Length + 1);
            var textPart = buffer.Add(text, field);
            var fieldPart = buffer.Add(field, null);
            fixed (byte* p = buffer.Bytes)
            {
                long ms;
                IntPtr error;
                Check(isc_pat_date_parse(NativeBuffer.Str(p, textPart), NativeBuffer.Str(p, fieldPart), &ms, &error), error);
                return ms;
            }
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>Reads text with a native writer (see <see cref="NativeBuffer.Read{TSource}"/>) into a string; the buffer is wiped.</summary>
    private static string ReadString<TSource>(TSource source, delegate*<TSource, byte*, nuint, nuint*, IntPtr*, PatStatus> write)
    {
        var buffer = new NativeBuffer(stackalloc byte[StackBytes]);
        try
        {
            return Encoding.UTF8.GetString(buffer.Read(source, write));
        }
        finally
        {
            buffer.Dispose();
        }
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
    /// Encodes <paramref name="json"/> as UTF-8 and parses it with
    /// <paramref name="parse"/>; the buffer is wiped afterwards, since the
    /// JSON may hold secrets. With <paramref name="quiet"/>, text that is not
    /// valid UTF-16 gives <see langword="default"/> instead of a
    /// <see cref="PatException"/>.
    /// </summary>
    private static T? ParseText<T>(ReadOnlySpan<char> json, bool strict, Utf8Parser<T> parse, bool quiet = false)
    {
        var buffer = new NativeBuffer(stackalloc byte[JsonStackBytes]);
        try
        {
            buffer.Reserve(NativeBuffer.MaxBytes(json) + 1);
            return buffer.Add(json, null, quiet: quiet).Length < 0 ? default : parse(buffer.Written, strict);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>The C <c>isc_pat_str</c>: a borrowed UTF-8 string.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct IscPatStr
    {
        public byte* Ptr;
        public nuint Len;
    }
}
