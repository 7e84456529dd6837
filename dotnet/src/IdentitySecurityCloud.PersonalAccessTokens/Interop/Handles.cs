using System;
using System.Runtime.InteropServices;

namespace IdentitySecurityCloud.PersonalAccessTokens.Interop;

// Each native object lives in a SafeHandle: the runtime's reference counting
// keeps a handle alive for the duration of every native call that uses it,
// so a Dispose racing a call cannot free the object under that call; the
// free happens when the last call returns. A handle never disposed is freed
// by the SafeHandle's own finalizer.

/// <summary>Owns an <c>isc_pat_owner*</c>; releases it with <c>isc_pat_owner_free</c>.</summary>
internal sealed class OwnerHandle : SafeHandle
{
    /// <summary>An empty handle, filled in by a native call's output.</summary>
    public OwnerHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    /// <inheritdoc/>
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <inheritdoc/>
    protected override bool ReleaseHandle()
    {
        Native.FreeOwner(handle);
        return true;
    }
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

/// <summary>
/// Owns an <c>isc_pat_response_list*</c>; releases it with
/// <c>isc_pat_response_list_free</c>, which frees (and wipes) every item not
/// taken out. Used only for the span of one parse, on one thread.
/// </summary>
internal sealed class ResponseListHandle : SafeHandle
{
    /// <summary>An empty handle, filled in by a native call's output.</summary>
    public ResponseListHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    /// <inheritdoc/>
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <inheritdoc/>
    protected override bool ReleaseHandle()
    {
        Native.FreeResponseList(handle);
        return true;
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
