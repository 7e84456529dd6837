using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace IdentitySecurityCloud.PersonalAccessTokens.Interop;

/// <summary>
/// The native functions of <c>isc_pat.h</c> and the only pointer code of the
/// binding, one file per native type as the header groups them:
/// <c>NativeOwner.cs</c>, <c>NativeResponse.cs</c>, <c>NativeResponseList.cs</c>,
/// <c>NativeError.cs</c> and <c>NativeStrings.cs</c>, each with the SafeHandle
/// that owns that type. Everything above this class works with spans,
/// strings and SafeHandles.
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

}
