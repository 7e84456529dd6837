using System;
using System.Collections.Generic;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

/// <summary>
/// <c>Create</c> with the dates as RFC 3339 text: the native library reads
/// them by the rules of dates inside JSON and names the field it refuses.
/// </summary>
public class TextDateTests
{
    private const string CreatedText = "2017-07-11T18:45:37.098Z";

    private static CreatePersonalAccessTokenResponse Create(string created, string? expirationDate = null, long? validity = DocumentedExample.Validity)
    {
        using PatOwner owner = DocumentedExample.Owner();
        return CreatePersonalAccessTokenResponse.Create(
            DocumentedExample.Id, DocumentedExample.Secret, DocumentedExample.Scope, DocumentedExample.Name, owner, created, validity, expirationDate);
    }

    private static PatException Refused(string created, string? expirationDate)
        => Refusal.Of(() => Create(created, expirationDate));

    [Fact]
    public void Text_dates_give_the_same_response_as_typed_ones()
    {
        using var fromText = Create(CreatedText);
        using var typed = DocumentedExample.Response();
        Assert.Equal(DocumentedExample.CanonicalJson, fromText.ToJson());
        Assert.Equal(typed, fromText);
        Assert.Equal(DocumentedExample.Created, fromText.Created);
        Assert.Null(fromText.ExpirationDate);
    }

    [Fact]
    public void A_null_expiration_date_is_not_set()
    {
        using var response = Create(CreatedText, expirationDate: null);
        Assert.Null(response.ExpirationDate);
        Assert.DoesNotContain("expirationDate", response.ToJson(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2017-07-11T18:45:37.098Z", "2017-07-11T18:45:37.098Z")]
    [InlineData("2017-07-11T20:45:37.098+02:00", "2017-07-11T18:45:37.098Z")] // an offset, converted to UTC
    [InlineData("2017-07-11t18:45:37z", "2017-07-11T18:45:37.000Z")]           // lower-case T and Z, no fraction
    [InlineData("2017-07-11T18:45:37.0989999Z", "2017-07-11T18:45:37.098Z")]  // digits past the millisecond truncated
    [InlineData("0001-01-01T00:00:00Z", "0001-01-01T00:00:00.000Z")]
    [InlineData("9999-12-31T23:59:59.999Z", "9999-12-31T23:59:59.999Z")]
    public void Valid_text_is_stored_in_canonical_UTC(string text, string canonical)
    {
        using var response = Create(text, expirationDate: text);
        Assert.Equal(DateTimeOffset.Parse(canonical, System.Globalization.CultureInfo.InvariantCulture), response.Created);
        Assert.Equal(response.Created, response.ExpirationDate);
        string json = response.ToJson();
        Assert.Contains($"\"created\":\"{canonical}\"", json, StringComparison.Ordinal);
        Assert.Contains($"\"expirationDate\":\"{canonical}\"", json, StringComparison.Ordinal);
    }

    /// <summary>One case for each rule of the native date reader.</summary>
    public static IEnumerable<object[]> RefusedDates() => new[]
    {
        new object[] { "2017-07-11T18:45:37.098", "has no zone" },
        new object[] { "2017-07-11", "has no time of day and zone" },
        new object[] { "yesterday", "is not an RFC 3339 date-time" },
        new object[] { "", "is not an RFC 3339 date-time" },
        new object[] { "2017-07-11 18:45:37Z", "is not an RFC 3339 date-time" },
        new object[] { "2017-07-11T18:45:37.Z", "is not an RFC 3339 date-time" },
        new object[] { "2017-07-11T18:45:37+24:00", "has a zone offset outside" },
        new object[] { "0000-01-01T00:00:00Z", "outside the years 0001-9999 once converted to UTC" },
        new object[] { "2017-13-01T00:00:00Z", "month must be 01-12" },
        new object[] { "2017-02-29T00:00:00Z", "2017-02 has no day 29" },
        new object[] { "2017-07-11T24:00:00Z", "hour must be 00-23" },
        new object[] { "2017-07-11T18:60:00Z", "minute must be 00-59" },
        new object[] { "2016-12-31T23:59:60Z", "leap seconds are not supported" },
        new object[] { "0001-01-01T00:00:00+00:01", "outside the years 0001-9999" },
    };

    [Theory]
    [MemberData(nameof(RefusedDates))]
    public void A_refused_created_date_names_created(string text, string problem)
    {
        PatException e = Refused(text, expirationDate: null);
        Assert.Equal(PatStatus.InvalidDate, e.Code);
        Assert.Equal("created", e.Field);
        Assert.StartsWith("created: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RefusedDates))]
    public void A_refused_expiration_date_names_expirationDate(string text, string problem)
    {
        PatException e = Refused(CreatedText, text);
        Assert.Equal(PatStatus.InvalidDate, e.Code);
        Assert.Equal("expirationDate", e.Field);
        Assert.StartsWith("expirationDate: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_is_the_one_a_date_inside_JSON_gets()
    {
        PatException fromText = Refused("2017-07-11T18:45:37.098", null);
        PatException fromJson = Assert.Throws<PatException>(
            () => CreatePersonalAccessTokenResponse.Parse(DocumentedExample.Edit(CreatedText, "2017-07-11T18:45:37.098")));
        Assert.Equal(fromJson.Code, fromText.Code);
        Assert.Equal(fromJson.Field, fromText.Field);
        Assert.Equal(fromJson.Message, fromText.Message);
    }

    [Theory]
    [InlineData("created")]
    [InlineData("expirationDate")]
    public void A_lone_surrogate_is_invalid_text_naming_the_field(string field)
    {
        string bad = "2017-07-11T18:45:37.098Z\uD800";
        PatException e = field == "created" ? Refused(bad, null) : Refused(CreatedText, bad);
        Assert.Equal(PatStatus.InvalidUtf8, e.Code);
        Assert.Equal(field, e.Field);
        Assert.StartsWith(field + ": invalid UTF-16", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Created_is_checked_before_expirationDate_and_other_fields_keep_their_rules()
    {
        Assert.Equal("created", Refused("soon", "later").Field);
        var e = Refusal.Of(() => Create(CreatedText, CreatedText, validity: 0));
        Assert.Equal(PatStatus.OutOfRange, e.Code);
        Assert.Equal("accessTokenValiditySeconds", e.Field);
    }

    [Fact]
    public void Text_longer_than_the_stack_buffer_is_read_and_refused_whole()
    {
        string text = CreatedText + new string('x', 5000);
        PatException e = Refused(CreatedText, text);
        Assert.Equal(PatStatus.InvalidDate, e.Code);
        Assert.Equal("expirationDate", e.Field);
        Assert.Contains("(5024 characters)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_created_text_is_an_argument_error()
    {
        using PatOwner owner = DocumentedExample.Owner();
        var e = Assert.Throws<ArgumentNullException>(() => CreatePersonalAccessTokenResponse.Create(
            DocumentedExample.Id, DocumentedExample.Secret, null, DocumentedExample.Name, owner, (string)null!));
        Assert.Equal("created", e.ParamName);
    }
}
