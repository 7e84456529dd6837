using System;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

/// <summary>The public constructors, for users who fake a refusal in their own tests.</summary>
public class PatExceptionTests
{
    [Fact]
    public void A_user_can_build_the_exception_the_library_throws()
    {
        var e = new PatException(PatStatus.EmptyField, "id", "id: must not be empty");
        Assert.Equal(PatStatus.EmptyField, e.Code);
        Assert.Equal("id", e.Field);
        Assert.Equal("id: must not be empty", e.Message);
        Assert.Null(e.InnerException);
    }

    [Fact]
    public void The_inner_exception_and_a_null_field_are_kept()
    {
        var inner = new FormatException("bad");
        var e = new PatException(PatStatus.MalformedJson, null, "not JSON", inner);
        Assert.Null(e.Field);
        Assert.Same(inner, e.InnerException);
    }

    [Fact]
    public void A_null_message_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new PatException(PatStatus.Panic, null, null!));
    }
}
