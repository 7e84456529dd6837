using System;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

/// <summary>
/// How <c>Create</c> refuses an argument: a <see cref="PatArgumentException"/>
/// whose <see cref="ArgumentException.ParamName"/> is the parameter the field
/// path names, carrying the status and the field, with the model's
/// <see cref="PatException"/> inside (returned, for the message checks).
/// </summary>
internal static class Refusal
{
    internal static PatException Of(Action create)
    {
        var e = Assert.Throws<PatArgumentException>(create);
        PatException inner = Assert.IsType<PatException>(e.InnerException);
        Assert.Equal(inner.Code, e.Code);
        Assert.Equal(inner.Field, e.Field);
        Assert.NotNull(e.Field);
        string field = e.Field!;
        string param = field.Substring(field.LastIndexOf('.') + 1).Split('[')[0];
        Assert.Equal(param, e.ParamName);
        Assert.StartsWith(inner.Message, e.Message, StringComparison.Ordinal);
        return inner;
    }
}
