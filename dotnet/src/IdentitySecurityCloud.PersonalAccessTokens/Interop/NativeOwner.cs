using System;
using System.Runtime.InteropServices;

namespace IdentitySecurityCloud.PersonalAccessTokens.Interop;

// isc_pat_owner: its functions and the SafeHandle that owns one.
internal static unsafe partial class Native
{
    // ---- owner ------------------------------------------------------------

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_owner_new(
        IscPatStr ownerType, IscPatStr id, IscPatStr name, out OwnerHandle owner, IntPtr* error);

    [LibraryImport(LibraryName)]
    private static partial PatStatus isc_pat_owner_parse(
        IscPatStr json, [MarshalAs(UnmanagedType.U1)] bool strict, out OwnerHandle owner, IntPtr* error);

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

    /// <summary>
    /// Builds an owner with one native call, its texts encoded into one
    /// <see cref="NativeBuffer"/>, wiped on every path (a refused text may
    /// be the secret given in the wrong place).
    /// </summary>
    internal static OwnerHandle NewOwner(string ownerType, string id, string name)
    {
        var buffer = new NativeBuffer(stackalloc byte[StackBytes]);
        try
        {
            buffer.Reserve(NativeBuffer.MaxBytes(ownerType) + NativeBuffer.MaxBytes(id) + NativeBuffer.MaxBytes(name) + 1);
            var typePart = buffer.Add(ownerType, "owner.type");
            var idPart = buffer.Add(id, "owner.id");
            var namePart = buffer.Add(name, "owner.name");
            fixed (byte* p = buffer.Bytes)
            {
                IntPtr error;
                PatStatus status = isc_pat_owner_new(
                    NativeBuffer.Str(p, typePart), NativeBuffer.Str(p, idPart), NativeBuffer.Str(p, namePart),
                    out OwnerHandle owner, &error);
                return Checked(owner, status, error);
            }
        }
        finally
        {
            buffer.Dispose();
        }
    }

    internal static OwnerHandle ParseOwner(ReadOnlySpan<byte> json, bool strict) => ParseOwner(json, strict, quiet: false)!;

    internal static OwnerHandle ParseOwner(ReadOnlySpan<char> json, bool strict) => ParseText(json, strict, ParseOwner)!;

    /// <summary>Parses like <see cref="ParseOwner(ReadOnlySpan{byte}, bool)"/>, but answers null instead of throwing (no error object is even made).</summary>
    internal static OwnerHandle? TryParseOwner(ReadOnlySpan<byte> json, bool strict) => ParseOwner(json, strict, quiet: true);

    /// <summary>The one native parse call: a refusal is thrown, or with <paramref name="quiet"/> answered as null.</summary>
    private static OwnerHandle? ParseOwner(ReadOnlySpan<byte> json, bool strict, bool quiet)
    {
        byte empty = 0;
        fixed (byte* pinned = json)
        {
            var text = new IscPatStr { Ptr = json.IsEmpty ? &empty : pinned, Len = (nuint)json.Length };
            IntPtr error = IntPtr.Zero;
            PatStatus status = isc_pat_owner_parse(text, strict, out OwnerHandle owner, quiet ? null : &error);
            if (quiet && (status != PatStatus.Ok || owner.IsInvalid))
            {
                owner.Dispose();
                return null;
            }

            return quiet ? owner : Checked(owner, status, error);
        }
    }

    internal static OwnerHandle? TryParseOwner(ReadOnlySpan<char> json, bool strict)
        => ParseText(json, strict, TryParseOwner, quiet: true);

    internal static OwnerHandle CloneOwner(OwnerHandle owner)
    {
        IntPtr error;
        PatStatus status = isc_pat_owner_clone(owner, out OwnerHandle clone, &error);
        return Checked(clone, status, error);
    }

    /// <summary>The owner's JSON (no secret in it), copied from the native string.</summary>
    internal static string OwnerToJson(OwnerHandle owner, bool pretty)
    {
        byte* json = null;
        nuint len;
        IntPtr error;
        PatStatus status = isc_pat_owner_to_json(owner, pretty, &json, &len, &error);
        return TakeJson(json, len, status, error);
    }

    internal static string OwnerType(OwnerHandle owner) => ReadString(owner, &isc_pat_owner_type);

    internal static string OwnerId(OwnerHandle owner) => ReadString(owner, &isc_pat_owner_id);

    internal static string OwnerName(OwnerHandle owner) => ReadString(owner, &isc_pat_owner_name);
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
