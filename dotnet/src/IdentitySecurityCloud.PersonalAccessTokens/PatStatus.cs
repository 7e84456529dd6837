namespace IdentitySecurityCloud.PersonalAccessTokens;

/// <summary>
/// The outcome codes of the native library (<c>isc_pat_status</c> in
/// <c>isc_pat.h</c>). The numbers are part of the native ABI and never change
/// meaning; new codes are only appended.
/// </summary>
public enum PatStatus
{
    /// <summary>Success.</summary>
    Ok = 0,

    /// <summary>A required argument was missing (NULL on the native side).</summary>
    NullArgument = 1,

    /// <summary>Text is not valid UTF-8 (or, from .NET, not valid UTF-16), or a JSON <c>\u</c> escape is a lone surrogate.</summary>
    InvalidUtf8 = 2,

    /// <summary>A required field or JSON key is missing.</summary>
    MissingField = 3,

    /// <summary>A field that must not be empty is empty.</summary>
    EmptyField = 4,

    /// <summary>A JSON value has the wrong type.</summary>
    WrongType = 5,

    /// <summary>A date-time is not RFC 3339 with a zone, or is not a real instant.</summary>
    InvalidDate = 6,

    /// <summary>A number is outside the range its field allows.</summary>
    OutOfRange = 7,

    /// <summary><c>owner.type</c> is not <c>IDENTITY</c>.</summary>
    InvalidOwnerType = 8,

    /// <summary>A JSON object has the same key twice.</summary>
    DuplicateKey = 9,

    /// <summary>Strict parsing met a key the model does not define.</summary>
    UnknownKey = 10,

    /// <summary>The input is not well-formed JSON.</summary>
    MalformedJson = 11,

    /// <summary>JSON nesting is deeper than 128 levels.</summary>
    TooDeep = 12,

    /// <summary>A buffer was too small (handled inside the binding; not normally seen).</summary>
    BufferTooSmall = 13,

    /// <summary>An optional value is not set (handled inside the binding; not normally seen).</summary>
    NotSet = 14,

    /// <summary>An index is past the end of a list (handled inside the binding; not normally seen).</summary>
    IndexOutOfRange = 15,

    /// <summary>An internal error of the native library; worth reporting as a bug.</summary>
    Panic = 16,
}
