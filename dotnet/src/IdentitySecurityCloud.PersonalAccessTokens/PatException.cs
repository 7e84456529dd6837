using System;

namespace IdentitySecurityCloud.PersonalAccessTokens;

/// <summary>
/// A value was refused by the model: invalid input to <c>Create</c>, or JSON
/// that <c>Parse</c> cannot accept. <see cref="Exception.Message"/> is the
/// native library's message, which starts with the field path when there is
/// one (for example <c>owner.type: unknown owner type "identity"; the only
/// type is "IDENTITY"</c>). Messages never contain the token's secret.
/// </summary>
/// <remarks>
/// The constructors are public so that code depending on this library can
/// build the exception in its own tests (a fake that refuses a value, for
/// example); the library itself creates it only from native errors.
/// </remarks>
public sealed class PatException : Exception
{
    /// <summary>Creates an exception for a refused value.</summary>
    /// <param name="code">Why the value was refused.</param>
    /// <param name="field">The path of the field at fault (<c>owner.type</c>), or <see langword="null"/> for the input as a whole.</param>
    /// <param name="message">The message; by convention it starts with <c>field: </c> when there is a field.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is <see langword="null"/>.</exception>
    public PatException(PatStatus code, string? field, string message)
        : this(code, field, message, null)
    {
    }

    /// <summary>Creates an exception for a refused value, caused by <paramref name="innerException"/>.</summary>
    /// <param name="code">Why the value was refused.</param>
    /// <param name="field">The path of the field at fault, or <see langword="null"/> for the input as a whole.</param>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is <see langword="null"/>.</exception>
    public PatException(PatStatus code, string? field, string message, Exception? innerException)
        : base(message ?? throw new ArgumentNullException(nameof(message)), innerException)
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
