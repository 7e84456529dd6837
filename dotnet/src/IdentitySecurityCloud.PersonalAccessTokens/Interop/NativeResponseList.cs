using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;

namespace IdentitySecurityCloud.PersonalAccessTokens.Interop;

// isc_pat_response_list and arrays of responses: the functions and the SafeHandle of a parsed list.
internal static unsafe partial class Native
{
    // ---- response lists (JSON arrays) ---------------------------------------

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_list_parse(
        IscPatStr json, [MarshalAs(UnmanagedType.U1)] bool strict, out ResponseListHandle list, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_list_count(ResponseListHandle list, nuint* count, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_response_list_take(
        ResponseListHandle list, nuint index, out ResponseHandle response, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial void isc_pat_response_list_free(IntPtr list);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_responses_to_json(
        IntPtr* items, nuint count, [MarshalAs(UnmanagedType.U1)] bool pretty, byte** json, nuint* len, IntPtr* error);

    internal static void FreeResponseList(IntPtr list) => isc_pat_response_list_free(list);

    /// <summary>
    /// Parses a JSON array of responses and moves every item into its own
    /// handle. On a parse failure the native side keeps nothing; a failure
    /// while taking items disposes the handles already taken, and the list
    /// (freed on every path) frees the items not taken.
    /// </summary>
    internal static ResponseHandle[] ParseResponseList(ReadOnlySpan<byte> json, bool strict)
    {
        byte empty = 0;
        ResponseListHandle list;
        fixed (byte* pinned = json)
        {
            var text = new IscPatStr { Ptr = json.IsEmpty ? &empty : pinned, Len = (nuint)json.Length };
            IntPtr error;
            PatStatus status = isc_pat_response_list_parse(text, strict, out list, &error);
            list = Checked(list, status, error);
        }

        using (list)
        {
            nuint count;
            IntPtr error;
            Check(isc_pat_response_list_count(list, &count, &error), error);
            if (count == 0)
            {
                return Array.Empty<ResponseHandle>();
            }

            var items = new ResponseHandle[checked((int)count)];
            // The array's text shared out evenly: an estimate, like a single parse's.
            int textBytes = json.Length / items.Length;
            int taken = 0;
            try
            {
                for (; taken < items.Length; taken++)
                {
                    PatStatus status = isc_pat_response_list_take(list, (nuint)taken, out ResponseHandle item, &error);
                    items[taken] = Tracked(Checked(item, status, error), textBytes);
                }

                return items;
            }
            catch
            {
                for (int i = 0; i < taken; i++)
                {
                    items[i].Dispose();
                }

                throw;
            }
        }
    }

    internal static ResponseHandle[] ParseResponseList(string json, bool strict) => ParseText(json, strict, ParseResponseList)!;

    /// <summary>
    /// One JSON array of <paramref name="responses"/> (none null). Compact:
    /// the library writes each item into one wiped buffer (one call per
    /// item, nothing allocated natively), decoded once at the end; this
    /// is faster than the native array writer, which builds the text in a
    /// growing native string that is then copied. Indented: with the native
    /// array writer (<see cref="NativeResponsesToJson"/>). A closed handle
    /// throws <see cref="ObjectDisposedException"/>.
    /// </summary>
    internal static string ResponsesToJson(IReadOnlyList<ResponseHandle> responses, bool pretty)
    {
        int count = responses.Count;
        if (pretty || count == 0)
        {
            return NativeResponsesToJson(responses, pretty);
        }

        // Room for items the size of the documented example; it grows when needed.
        using var buffer = new WipedBuffer((int)Math.Min(int.MaxValue / 2, 2 + (count * 448L)));
        WriteResponsesJson(responses, buffer);
        return Encoding.UTF8.GetString(buffer.Written);
    }

    /// <summary>
    /// Writes the compact JSON array of <paramref name="responses"/> into
    /// <paramref name="destination"/>: each item as
    /// <see cref="WriteResponseJson(ResponseHandle, bool, IBufferWriter{byte})"/> writes it.
    /// </summary>
    internal static void WriteResponsesJson(IReadOnlyList<ResponseHandle> responses, IBufferWriter<byte> destination)
    {
        Put(destination, (byte)'[');
        for (int i = 0; i < responses.Count; i++)
        {
            if (i > 0)
            {
                Put(destination, (byte)',');
            }

            WriteResponseJson(responses[i], pretty: false, destination);
        }

        Put(destination, (byte)']');
    }

    private static void Put(IBufferWriter<byte> destination, byte value)
    {
        destination.GetSpan(1)[0] = value;
        destination.Advance(1);
    }

    /// <summary>
    /// One JSON array of <paramref name="responses"/> (none null) with one
    /// native call. Each handle is referenced (DangerousAddRef) for the call,
    /// so a concurrent Dispose cannot free an item under it; a handle already
    /// closed throws <see cref="ObjectDisposedException"/> before the call.
    /// </summary>
    internal static string NativeResponsesToJson(IReadOnlyList<ResponseHandle> responses, bool pretty)
    {
        int count = responses.Count;
        IntPtr[]? rented = null;
        Span<IntPtr> pointers = count <= StackScopeItems
            ? stackalloc IntPtr[StackScopeItems]
            : (rented = ArrayPool<IntPtr>.Shared.Rent(count));
        int referenced = 0;
        try
        {
            for (; referenced < count; referenced++)
            {
                ResponseHandle response = responses[referenced];
                bool added = false;
                response.DangerousAddRef(ref added); // throws ObjectDisposedException when closed
                if (!added)
                {
                    throw new ObjectDisposedException(nameof(CreatePersonalAccessTokenResponse));
                }

                pointers[referenced] = response.DangerousGetHandle();
            }

            byte* json = null;
            nuint len;
            IntPtr error;
            fixed (IntPtr* items = pointers)
            {
                PatStatus status = isc_pat_responses_to_json(count == 0 ? null : items, (nuint)count, pretty, &json, &len, &error);
                return TakeJson(json, len, status, error);
            }
        }
        finally
        {
            for (int i = 0; i < referenced; i++)
            {
                responses[i].DangerousRelease();
            }

            if (rented is not null)
            {
                ArrayPool<IntPtr>.Shared.Return(rented);
            }
        }
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
