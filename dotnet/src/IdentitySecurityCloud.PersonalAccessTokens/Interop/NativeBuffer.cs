using System;
using System.Buffers;
using System.Text.Unicode;

namespace IdentitySecurityCloud.PersonalAccessTokens.Interop;

/// <summary>
/// The one buffer of every native call that passes text: UTF-8 arguments
/// encoded one after another (<see cref="Add"/>), or text a native writer
/// copies out (<see cref="Read{TSource}"/>: a getter, a JSON writer). It
/// starts in the caller's stack memory and moves to a pooled array when the
/// text needs more. <see cref="Dispose"/> wipes every byte that may have been
/// written and returns the array, on every path: any of the text may be the
/// secret, or hold it.
/// </summary>
/// <remarks>
/// A mutable ref struct: keep it in a plain local (not <c>using var</c>,
/// whose read-only copy would lose the state) and dispose it in a
/// <c>finally</c>. The buffer always has at least one byte, so a pinned
/// pointer into it is never NULL, not even for empty text.
/// </remarks>
internal unsafe ref struct NativeBuffer
{
    private Span<byte> bytes;
    private byte[]? rented;
    private int dirty;

    /// <summary>A buffer in <paramref name="stack"/> (not empty) until more room is needed.</summary>
    internal NativeBuffer(Span<byte> stack)
    {
        bytes = stack;
        rented = null;
        dirty = 0;
        Length = 0;
    }

    /// <summary>The bytes encoded by <see cref="Add"/> so far.</summary>
    internal int Length { get; private set; }

    /// <summary>The whole buffer, for pinning.</summary>
    internal readonly Span<byte> Bytes => bytes;

    /// <summary>The bytes encoded by <see cref="Add"/>.</summary>
    internal readonly ReadOnlySpan<byte> Written => bytes.Slice(0, Length);

    /// <summary>An upper bound of the UTF-8 length of <paramref name="text"/>.</summary>
    internal static int MaxBytes(ReadOnlySpan<char> text) => checked(text.Length * 3);

    /// <summary>The <c>isc_pat_str</c> of a part <see cref="Add"/> answered, once the buffer is pinned at <paramref name="pinned"/>.</summary>
    internal static Native.IscPatStr Str(byte* pinned, (int At, int Length) part)
        => new() { Ptr = pinned + part.At, Len = (nuint)part.Length };

    /// <summary>Makes room for <paramref name="size"/> bytes in all (before any <see cref="Add"/>).</summary>
    internal void Reserve(int size)
    {
        if (size > bytes.Length)
        {
            Release();
            bytes = rented = ArrayPool<byte>.Shared.Rent(size);
        }
    }

    /// <summary>
    /// Encodes <paramref name="text"/> as UTF-8 after what is already there
    /// (room made by <see cref="Reserve"/>) and answers where it lies. Text
    /// that is not valid UTF-16 (a lone surrogate) is refused, never replaced:
    /// a <see cref="PatException"/> (<see cref="PatStatus.InvalidUtf8"/>)
    /// naming <paramref name="field"/> (item <paramref name="index"/> of it
    /// when not negative), or, with <paramref name="quiet"/>, a length of -1.
    /// </summary>
    internal (int At, int Length) Add(ReadOnlySpan<char> text, string? field, int index = -1, bool quiet = false)
    {
        int at = Length;
        int before = dirty;
        // A failed encoding may have written anywhere up to its bound.
        dirty = Math.Max(dirty, Math.Min(bytes.Length, at + MaxBytes(text)));
        OperationStatus status = Utf8.FromUtf16(text, bytes.Slice(at), out int read, out int written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            Length = at + written;
            dirty = Math.Max(before, Length);
            return (at, written);
        }

        if (status == OperationStatus.DestinationTooSmall)
        {
            throw new InvalidOperationException("UTF-8 buffer too small; this is a bug in the binding.");
        }

        if (quiet)
        {
            return (at, -1);
        }

        string path = index < 0 ? field ?? string.Empty : $"{field}[{index}]";
        // Only the code unit and its position: the text may be a secret.
        string problem = $"invalid UTF-16: lone surrogate U+{(int)text[read]:X4} at character index {read}";
        throw new PatException(PatStatus.InvalidUtf8, field is null ? null : path, field is null ? problem : $"{path}: {problem}");
    }

    /// <summary>
    /// Runs <paramref name="write"/>, a native function that copies text into
    /// (buffer, capacity) and reports the length, into this buffer; when it
    /// answers BUFFER_TOO_SMALL, once more in room of the length it reported.
    /// Answers the text, valid until <see cref="Dispose"/>; a native failure
    /// is thrown as a <see cref="PatException"/>.
    /// </summary>
    internal ReadOnlySpan<byte> Read<TSource>(TSource source, delegate*<TSource, byte*, nuint, nuint*, IntPtr*, PatStatus> write)
    {
        nuint len;
        IntPtr error;
        PatStatus status;
        fixed (byte* p = bytes)
        {
            status = write(source, p, (nuint)bytes.Length, &len, &error);
        }

        if (status == PatStatus.BufferTooSmall)
        {
            Native.FreeError(error);
            Reserve(checked((int)len + 1));
            fixed (byte* p = bytes)
            {
                status = write(source, p, (nuint)bytes.Length, &len, &error);
            }
        }

        Native.Check(status, error);
        // The text and the terminator the native side wrote after it.
        dirty = Math.Max(dirty, (int)len + 1);
        return bytes.Slice(0, (int)len);
    }

    /// <summary>Wipes what may have been written and returns a pooled array. Calling it again does nothing.</summary>
    public void Dispose()
    {
        Release();
        bytes = default;
        Length = 0;
    }

    private void Release()
    {
        bytes.Slice(0, Math.Min(dirty, bytes.Length)).Clear();
        dirty = 0;
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
            rented = null;
        }
    }
}
