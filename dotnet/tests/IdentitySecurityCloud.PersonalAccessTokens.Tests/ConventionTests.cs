using System;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

/// <summary>The .NET conventions: generic parsing, and Create refusing arguments as ArgumentExceptions.</summary>
public class ConventionTests
{
    private static T ParseAs<T>(string s) where T : IParsable<T> => T.Parse(s, null);

    private static bool TryParseAs<T>(ReadOnlySpan<char> s, out T? result) where T : ISpanParsable<T> => T.TryParse(s, null, out result);

    [Fact]
    public void Both_types_parse_through_IParsable_and_ISpanParsable()
    {
        using var token = ParseAs<CreatePersonalAccessTokenResponse>(DocumentedExample.CanonicalJson);
        Assert.Equal(DocumentedExample.CanonicalJson, token.ToJson());
        Assert.True(TryParseAs(DocumentedExample.CanonicalJson.AsSpan(), out CreatePersonalAccessTokenResponse? again));
        Assert.Equal(token, again);
        again!.Dispose();
        Assert.False(TryParseAs("{}".AsSpan(), out CreatePersonalAccessTokenResponse? none));
        Assert.Null(none);
        Assert.Throws<PatException>(() => ParseAs<CreatePersonalAccessTokenResponse>("{}"));

        string ownerJson = token.Owner.ToJson();
        using var owner = ParseAs<PatOwner>(ownerJson);
        Assert.Equal(token.Owner, owner);
        Assert.True(TryParseAs(ownerJson.AsSpan(), out PatOwner? ownerAgain));
        ownerAgain!.Dispose();
    }

    [Fact]
    public void A_refused_argument_is_an_ArgumentException_naming_the_parameter()
    {
        using var owner = DocumentedExample.Owner();
        ArgumentException e = Assert.Throws<PatArgumentException>(() => CreatePersonalAccessTokenResponse.Create(
            "i", "s", new[] { "a", "" + '\uD800' }, "n", owner, DocumentedExample.Created));
        Assert.Equal("scope", e.ParamName);
        var refusal = (PatArgumentException)e;
        Assert.Equal((PatStatus.InvalidUtf8, "scope[1]"), (refusal.Code, refusal.Field));
        Assert.StartsWith("scope[1]: invalid UTF-16", e.Message, StringComparison.Ordinal);
        Assert.Contains("(Parameter 'scope')", e.Message, StringComparison.Ordinal);

        var date = Assert.Throws<PatArgumentException>(() => CreatePersonalAccessTokenResponse.Create(
            "i", "s", null, "n", owner, "2017-07-11T18:45:37.098Z", expirationDate: "tomorrow"));
        Assert.Equal(("expirationDate", PatStatus.InvalidDate, "expirationDate"), (date.ParamName, date.Code, date.Field));
        var type = Assert.Throws<PatArgumentException>(() => PatOwner.Create("identity", "x", "y"));
        Assert.Equal(("type", "owner.type"), (type.ParamName, type.Field));
        // Bad JSON is data, not an argument: Parse keeps its own exception.
        Assert.IsNotType<PatArgumentException>(Assert.ThrowsAny<Exception>(() => CreatePersonalAccessTokenResponse.Parse("{")));
    }
}
