using System;

namespace IdentitySecurityCloud.PersonalAccessTokens;

/// <summary>
/// An argument of <c>Create</c> was refused by the model: an
/// <see cref="ArgumentException"/>, as .NET code expects from a factory, with
/// <see cref="ArgumentException.ParamName"/> the parameter at fault, and the
/// model's verdict as for <c>Parse</c>: <see cref="Code"/>, <see cref="Field"/>
/// and, as <see cref="Exception.InnerException"/>, the <see cref="PatException"/>
/// whose message is the native library's (it never holds the secret).
/// </summary>
/// <remarks>
/// <c>Parse</c> reports bad JSON as a <see cref="PatException"/>, not as this
/// type: a document is data, not an argument. The constructor is public so
/// that code depending on this library can build the exception in its tests.
/// </remarks>
public sealed class PatArgumentException : ArgumentException
{
    /// <summary>Creates the exception for <paramref name="refusal"/> of parameter <paramref name="paramName"/>.</summary>
    /// <param name="paramName">The parameter at fault (<c>id</c>, <c>scope</c>, <c>type</c>).</param>
    /// <param name="refusal">The model's refusal; its message becomes this exception's.</param>
    /// <exception cref="ArgumentNullException"><paramref name="refusal"/> is <see langword="null"/>.</exception>
    public PatArgumentException(string? paramName, PatException refusal)
        : base((refusal ?? throw new ArgumentNullException(nameof(refusal))).Message, paramName, refusal)
    {
        Code = refusal.Code;
        Field = refusal.Field;
    }

    /// <summary>Why the value was refused.</summary>
    public PatStatus Code { get; }

    /// <summary>The path of the field at fault in the model (<c>scope[2]</c>, <c>owner.type</c>).</summary>
    public string? Field { get; }

    /// <summary>The refusal of a <c>Create</c> argument, with the parameter its field path names (<c>scope[2]</c> is <c>scope</c>, <c>owner.type</c> is <c>type</c>).</summary>
    internal static PatArgumentException Of(PatException refusal)
    {
        string? param = refusal.Field;
        if (param is not null)
        {
            param = param.Substring(param.LastIndexOf('.') + 1);
            int item = param.IndexOf('[', StringComparison.Ordinal);
            param = item < 0 ? param : param.Substring(0, item);
        }

        return new PatArgumentException(param, refusal);
    }
}
