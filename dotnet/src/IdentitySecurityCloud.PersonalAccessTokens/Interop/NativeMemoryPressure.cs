using System;
using System.Threading;

namespace IdentitySecurityCloud.PersonalAccessTokens.Interop;

/// <summary>
/// Tells the garbage collector about native memory held by objects that are
/// not disposed, so that dropping objects without Dispose (as PowerShell
/// does) triggers collections, and with them the SafeHandle finalizers,
/// before native memory piles up.
/// </summary>
/// <remarks>
/// Only the part of the live native memory above <see cref="Allowance"/> is
/// reported, and only in steps of <see cref="Step"/>: code that disposes its
/// objects keeps far below the allowance and never pays for
/// <see cref="GC.AddMemoryPressure"/>, whose every 4 MB or so induces a full
/// collection. The hot path is one interlocked add and one compare.
/// </remarks>
internal static class NativeMemoryPressure
{
    /// <summary>Live native memory that is never reported.</summary>
    private const long Allowance = 16L * 1024 * 1024;

    /// <summary>The reported amount changes only by at least this much.</summary>
    private const long Step = 4L * 1024 * 1024;

    private static readonly object Gate = new();

    /// <summary>Estimated native bytes of all live (not yet freed) objects.</summary>
    private static long live;

    /// <summary>Bytes currently reported to the GC as memory pressure.</summary>
    private static long reported;

    /// <summary>Records <paramref name="bytes"/> of native memory now held.</summary>
    internal static void Add(long bytes)
    {
        long now = Interlocked.Add(ref live, bytes);
        if (now - Allowance - Volatile.Read(ref reported) >= Step)
        {
            Report();
        }
    }

    /// <summary>Records <paramref name="bytes"/> of native memory freed.</summary>
    internal static void Remove(long bytes)
    {
        long now = Interlocked.Add(ref live, -bytes);
        long shown = Volatile.Read(ref reported);
        if (shown > 0 && shown - Math.Max(0, now - Allowance) >= Step)
        {
            Report();
        }
    }

    /// <summary>Brings the reported pressure to the live memory above the allowance.</summary>
    private static void Report()
    {
        lock (Gate)
        {
            long target = Math.Max(0, Volatile.Read(ref live) - Allowance);
            long delta = target - reported;
            if (delta > 0)
            {
                GC.AddMemoryPressure(delta);
            }
            else if (delta < 0)
            {
                GC.RemoveMemoryPressure(-delta);
            }

            Volatile.Write(ref reported, target);
        }
    }
}
