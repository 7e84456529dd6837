using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;

namespace IdentitySecurityCloud.PersonalAccessTokens.Interop;

// isc_pat_error: its functions, the SafeHandle that owns one, and the
// conversion of a native failure into a PatException.
internal static unsafe partial class Native
{
    // ---- errors -----------------------------------------------------------

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_error_status(ErrorHandle error);

    [LibraryImport(LibraryName)]
    private static partial byte* isc_pat_error_message(ErrorHandle error);

    [LibraryImport(LibraryName)]
    private static partial byte* isc_pat_error_field(ErrorHandle error);

    [LibraryImport(LibraryName)]
    private static partial void isc_pat_error_free(IntPtr error);

    internal static void FreeError(IntPtr error) => isc_pat_error_free(error);

    // ---- status checks ------------------------------------------------------

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

    internal static void Check(PatStatus status, IntPtr error)
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
}

/// <summary>Owns an <c>isc_pat_error*</c>; releases it with <c>isc_pat_error_free</c>.</summary>
internal sealed class ErrorHandle : SafeHandle
{
    /// <summary>An empty handle.</summary>
    public ErrorHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    /// <summary>Takes ownership of an error pointer a native call returned (may be zero).</summary>
    internal ErrorHandle(IntPtr error)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        SetHandle(error);
    }

    /// <inheritdoc/>
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <inheritdoc/>
    protected override bool ReleaseHandle()
    {
        Native.FreeError(handle);
        return true;
    }
}
