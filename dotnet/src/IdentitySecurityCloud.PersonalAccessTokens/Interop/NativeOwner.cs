using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;

namespace IdentitySecurityCloud.PersonalAccessTokens.Interop;

// isc_pat_owner: its functions and the SafeHandle that owns one.
internal static unsafe partial class Native
{
    // ---- owner ------------------------------------------------------------

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_owner_new(
        byte* ownerType, nuint ownerTypeLen, byte* id, nuint idLen, byte* name, nuint nameLen,
        out OwnerHandle owner, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_owner_parse(
        byte* json, nuint jsonLen, [MarshalAs(UnmanagedType.U1)] bool strict, out OwnerHandle owner, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_owner_to_json(
        OwnerHandle owner, [MarshalAs(UnmanagedType.U1)] bool pretty, byte** json, nuint* len, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_owner_clone(OwnerHandle owner, out OwnerHandle clone, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_owner_type(OwnerHandle owner, byte* buf, nuint cap, nuint* len, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_owner_id(OwnerHandle owner, byte* buf, nuint cap, nuint* len, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_owner_name(OwnerHandle owner, byte* buf, nuint cap, nuint* len, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial void isc_pat_owner_free(IntPtr owner);

    internal static void FreeOwner(IntPtr owner) => isc_pat_owner_free(owner);

    // ---- owner operations -----------------------------------------------------

    internal static OwnerHandle NewOwner(string ownerType, string id, string name)
    {
        int bound = Utf8Text.MaxBytes(ownerType) + Utf8Text.MaxBytes(id) + Utf8Text.MaxBytes(name) + 1;
        byte[]? rented = null;
        Span<byte> buffer = bound <= StackBytes
            ? stackalloc byte[StackBytes]
            : (rented = ArrayPool<byte>.Shared.Rent(bound));
        int typeLen = Utf8Text.Encode(ownerType, buffer, "owner.type");
        int idLen = Utf8Text.Encode(id, buffer.Slice(typeLen), "owner.id");
        int nameLen = Utf8Text.Encode(name, buffer.Slice(typeLen + idLen), "owner.name");
        try
        {
            fixed (byte* p = buffer)
            {
                IntPtr error;
                PatStatus status = isc_pat_owner_new(
                    p, (nuint)typeLen, p + typeLen, (nuint)idLen, p + typeLen + idLen, (nuint)nameLen,
                    out OwnerHandle owner, &error);
                return Checked(owner, status, error);
            }
        }
        finally
        {
            Return(rented);
        }
    }

    internal static OwnerHandle ParseOwner(ReadOnlySpan<byte> json, bool strict)
    {
        byte empty = 0;
        fixed (byte* pinned = json)
        {
            byte* p = json.IsEmpty ? &empty : pinned;
            IntPtr error;
            PatStatus status = isc_pat_owner_parse(p, (nuint)json.Length, strict, out OwnerHandle owner, &error);
            return Checked(owner, status, error);
        }
    }

    internal static OwnerHandle CloneOwner(OwnerHandle owner)
    {
        IntPtr error;
        PatStatus status = isc_pat_owner_clone(owner, out OwnerHandle clone, &error);
        return Checked(clone, status, error);
    }

    internal static string OwnerToJson(OwnerHandle owner, bool pretty)
    {
        byte* json = null;
        nuint len;
        IntPtr error;
        PatStatus status = isc_pat_owner_to_json(owner, pretty, &json, &len, &error);
        return TakeJson(json, len, status, error);
    }

    internal static string OwnerType(OwnerHandle owner) => ReadText(owner, &isc_pat_owner_type, wipe: false);

    internal static string OwnerId(OwnerHandle owner) => ReadText(owner, &isc_pat_owner_id, wipe: false);

    internal static string OwnerName(OwnerHandle owner) => ReadText(owner, &isc_pat_owner_name, wipe: false);

    /// <summary>Parses like <see cref="ParseOwner(ReadOnlySpan{byte}, bool)"/>, but answers null instead of throwing (no error object is even made).</summary>
    internal static OwnerHandle? TryParseOwner(ReadOnlySpan<byte> json, bool strict)
    {
        byte empty = 0;
        fixed (byte* pinned = json)
        {
            byte* p = json.IsEmpty ? &empty : pinned;
            PatStatus status = isc_pat_owner_parse(p, (nuint)json.Length, strict, out OwnerHandle owner, null);
            if (status != PatStatus.Ok || owner.IsInvalid)
            {
                owner.Dispose();
                return null;
            }

            return owner;
        }
    }

    internal static OwnerHandle? TryParseOwner(ReadOnlySpan<char> json, bool strict)
        => ParseText(json, strict, TryParseOwner, quiet: true);

    /// <summary>Writes the owner's JSON into <paramref name="destination"/> (owner JSON holds no secret: copied from the native string).</summary>
    internal static void WriteOwnerJson(OwnerHandle owner, bool pretty, IBufferWriter<byte> destination)
    {
        byte* json = null;
        nuint len;
        IntPtr error;
        PatStatus status = isc_pat_owner_to_json(owner, pretty, &json, &len, &error);
        CopyJson(json, len, status, error, destination);
    }

    internal static OwnerHandle ParseOwner(ReadOnlySpan<char> json, bool strict) => ParseText(json, strict, ParseOwner)!;
}

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
