using System;
using System.Threading;

namespace IdentitySecurityCloud.PersonalAccessTokens.Interop;

/// <summary>
/// Tells the garbage collector about native memory held by undisposed
/// objects, so that dropping objects without Dispose (as PowerShell does)
/// triggers collections, and with them the SafeHandle finalizers, before
/// native memory piles up. Reports are batched: calling
/// <see cref="GC.AddMemoryPressure"/> per object would cost about as much as
/// creating the object.
/// </summary>
internal static class NativeMemoryPressure
{
    private const long Batch = 256 * 1024;

    private static long pendingAdd;
    private static long pendingRemove;

    /// <summary>Records <paramref name="bytes"/> of native memory now held.</summary>
    internal static void Add(long bytes)
    {
        long pending = Interlocked.Add(ref pendingAdd, bytes);
        if (pending >= Batch && Interlocked.CompareExchange(ref pendingAdd, 0, pending) == pending)
        {
            GC.AddMemoryPressure(pending);
        }
    }

    /// <summary>Records <paramref name="bytes"/> of native memory freed.</summary>
    internal static void Remove(long bytes)
    {
        long pending = Interlocked.Add(ref pendingRemove, bytes);
        if (pending >= Batch && Interlocked.CompareExchange(ref pendingRemove, 0, pending) == pending)
        {
            GC.RemoveMemoryPressure(pending);
        }
    }
}
