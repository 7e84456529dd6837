using System;

namespace IdentitySecurityCloud.PersonalAccessTokens;

/// <summary>
/// A value was refused by the model: invalid input to <c>Create</c>, or JSON
/// that <c>Parse</c> cannot accept. <see cref="Exception.Message"/> is the
/// native library's message, which starts with the field path when there is
/// one (for example <c>owner.type: unknown owner type "identity"; the only
/// type is "IDENTITY"</c>). Messages never contain the token's secret.
/// </summary>
public sealed class PatException : Exception
{
    internal PatException(PatStatus code, string? field, string message)
        : base(message)
    {
        Code = code;
        Field = field;
    }

    /// <summary>Why the value was refused.</summary>
    public PatStatus Code { get; }

    /// <summary>
    /// The path of the field at fault (<c>id</c>, <c>owner.type</c>,
    /// <c>scope[2]</c>), or <see langword="null"/> when the error concerns
    /// the input as a whole (malformed JSON, for example).
    /// </summary>
    public string? Field { get; }
}
