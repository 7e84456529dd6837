using System;
using System.Buffers;

namespace IdentitySecurityCloud.PersonalAccessTokens.Interop;

/// <summary>
/// A growable UTF-8 buffer for text that may hold secrets: every array it
/// lets go of (on growth, and on <see cref="Dispose"/>) is wiped first.
/// Small arrays come from the shared pool; large ones are allocated
/// uninitialized and left to the GC, so that no pool keeps tens of megabytes
/// alive after a bulk call.
/// </summary>
internal sealed class WipedBuffer : IBufferWriter<byte>, IDisposable
{
    /// <summary>Arrays up to this size are rented from the pool.</summary>
    private const int PoolLimit = 1024 * 1024;

    private byte[] data;
    private int length;

    /// <summary>A buffer with room for <paramref name="capacity"/> bytes.</summary>
    internal WipedBuffer(int capacity) => data = Acquire(Math.Max(capacity, 16));

    /// <summary>The bytes written so far.</summary>
    internal ReadOnlySpan<byte> Written => data.AsSpan(0, length);

    /// <summary>Appends one byte.</summary>
    internal void Add(byte value)
    {
        Reserve(1);
        data[length++] = value;
    }

    /// <summary>Appends <paramref name="bytes"/>.</summary>
    internal void Add(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(data.AsSpan(length));
        length += bytes.Length;
    }

    /// <inheritdoc/>
    public void Advance(int count)
    {
        if ((uint)count > (uint)(data.Length - length))
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        length += count;
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(Math.Max(sizeHint, 1));
        return data.AsMemory(length);
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(Math.Max(sizeHint, 1));
        return data.AsSpan(length);
    }

    /// <summary>Wipes the buffer and lets it go. Calling it again does nothing.</summary>
    public void Dispose()
    {
        Release(data, length);
        data = Array.Empty<byte>();
        length = 0;
    }

    private static byte[] Acquire(int size)
        => size <= PoolLimit ? ArrayPool<byte>.Shared.Rent(size) : GC.AllocateUninitializedArray<byte>(size);

    /// <summary>
    /// Wipes what was written, and the byte after it (a native writer puts a
    /// terminator there), then returns a pooled array.
    /// </summary>
    private static void Release(byte[] array, int used)
    {
        if (array.Length == 0)
        {
            return;
        }

        array.AsSpan(0, Math.Min(array.Length, used + 1)).Clear();
        if (array.Length <= PoolLimit)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }

    private void Reserve(int more)
    {
        if (data.Length - length >= more)
        {
            return;
        }

        byte[] grown = Acquire(Math.Max(checked(length + more), checked(data.Length * 2)));
        data.AsSpan(0, length).CopyTo(grown);
        Release(data, length);
        data = grown;
    }
}
