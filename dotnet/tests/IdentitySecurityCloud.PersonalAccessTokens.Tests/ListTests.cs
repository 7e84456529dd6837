using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

/// <summary>JSON arrays of responses: ParseList, and ToJson / ToIndentedJson of many responses.</summary>
public class ListTests
{
    private const string SecretPrefix = "1d1bef2b9f";

    /// <summary>Items that differ in every optional part: null scope, expiration date, non-ASCII and NUL text.</summary>
    private static readonly string[] VariedItems =
    {
        DocumentedExample.CanonicalJson,
        DocumentedExample.Edit("\"scope\":[\"demo:personal-access-token-scope:first\",\"demo:personal-access-token-scope:second\"]", "\"scope\":null"),
        DocumentedExample.Edit("\"accessTokenValiditySeconds\":36900", "\"accessTokenValiditySeconds\":1,\"expirationDate\":\"2030-01-02T03:04:05.678+02:00\""),
        DocumentedExample.Edit("\"name\":\"NodeJS Integration\"", "\"name\":\"Zoë \\u0000 \\ud83d\\ude00\""),
        DocumentedExample.Edit("\"scope\":[\"demo:personal-access-token-scope:first\",\"demo:personal-access-token-scope:second\"]", "\"scope\":[]"),
    };

    private static string ArrayOf(IEnumerable<string> items) => "[" + string.Join(",", items) + "]";

    private static void DisposeAll(IEnumerable<CreatePersonalAccessTokenResponse> items)
    {
        foreach (CreatePersonalAccessTokenResponse item in items)
        {
            item.Dispose();
        }
    }

    private static void AssertError(PatException e, PatStatus code, string? field)
    {
        Assert.Equal(code, e.Code);
        Assert.Equal(field, e.Field);
        if (field is not null)
        {
            Assert.StartsWith(field + ": ", e.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(SecretPrefix, e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_items_round_trip_compact_and_indented()
    {
        using var first = DocumentedExample.Response();
        using var second = CreatePersonalAccessTokenResponse.Parse(VariedItems[2]);
        var both = new[] { first, second };

        string compact = CreatePersonalAccessTokenResponse.ToJson(both);
        Assert.Equal("[" + first.ToJson() + "," + second.ToJson() + "]", compact);

        string indented = CreatePersonalAccessTokenResponse.ToIndentedJson(both);
        string expected = "[\n  " + first.ToIndentedJson().Replace("\n", "\n  ", StringComparison.Ordinal)
            + ",\n  " + second.ToIndentedJson().Replace("\n", "\n  ", StringComparison.Ordinal) + "\n]";
        Assert.Equal(expected, indented);

        foreach (string text in new[] { compact, indented })
        {
            IReadOnlyList<CreatePersonalAccessTokenResponse> back = CreatePersonalAccessTokenResponse.ParseList(text, strict: true);
            try
            {
                Assert.Equal(2, back.Count);
                Assert.Equal(first.ToJson(), back[0].ToJson());
                Assert.Equal(second.ToJson(), back[1].ToJson());
                Assert.Equal(compact, CreatePersonalAccessTokenResponse.ToJson(back));
            }
            finally
            {
                DisposeAll(back);
            }
        }
    }

    [Fact]
    public void Each_item_of_a_list_equals_the_item_parsed_alone()
    {
        string array = "[\n " + string.Join(" ,\n\t", VariedItems) + " ]";
        foreach (bool fromBytes in new[] { false, true })
        {
            IReadOnlyList<CreatePersonalAccessTokenResponse> list = fromBytes
                ? CreatePersonalAccessTokenResponse.ParseList(Encoding.UTF8.GetBytes(array))
                : CreatePersonalAccessTokenResponse.ParseList(array);
            try
            {
                Assert.Equal(VariedItems.Length, list.Count);
                for (int i = 0; i < VariedItems.Length; i++)
                {
                    using var alone = CreatePersonalAccessTokenResponse.Parse(VariedItems[i]);
                    CreatePersonalAccessTokenResponse item = list[i];
                    Assert.Equal(alone.ToJson(), item.ToJson());
                    Assert.Equal(alone.ToIndentedJson(), item.ToIndentedJson());
                    Assert.Equal(alone.Id, item.Id);
                    Assert.Equal(alone.RevealSecret(), item.RevealSecret());
                    Assert.Equal(alone.Name, item.Name);
                    Assert.Equal(alone.Scope, item.Scope);
                    Assert.Equal(alone.Owner.ToJson(), item.Owner.ToJson());
                    Assert.Equal(alone.Created, item.Created);
                    Assert.Equal(alone.AccessTokenValiditySeconds, item.AccessTokenValiditySeconds);
                    Assert.Equal(alone.ExpirationDate, item.ExpirationDate);
                }

                Assert.Null(list[1].Scope);
                Assert.Equal(new DateTimeOffset(2030, 1, 2, 1, 4, 5, 678, TimeSpan.Zero), list[2].ExpirationDate);
                Assert.Equal("Zoë \0 \U0001F600", list[3].Name);
                Assert.Empty(list[4].Scope!);
            }
            finally
            {
                DisposeAll(list);
            }
        }
    }

    [Fact]
    public void Items_are_independent_objects()
    {
        IReadOnlyList<CreatePersonalAccessTokenResponse> list = CreatePersonalAccessTokenResponse.ParseList(
            ArrayOf(new[] { DocumentedExample.CanonicalJson, DocumentedExample.CanonicalJson }));
        list[0].Dispose();
        Assert.Throws<ObjectDisposedException>(() => list[0].ToJson());
        Assert.Equal(DocumentedExample.CanonicalJson, list[1].ToJson());
        list[1].Dispose();
        Assert.Throws<NotSupportedException>(() => ((IList<CreatePersonalAccessTokenResponse>)list)[0] = list[1]);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData(" \n[ \t]\r\n")]
    public void An_empty_array_gives_an_empty_list(string json)
    {
        Assert.Empty(CreatePersonalAccessTokenResponse.ParseList(json));
        Assert.Empty(CreatePersonalAccessTokenResponse.ParseList(Encoding.UTF8.GetBytes(json), strict: true));
    }

    [Fact]
    public void No_items_give_an_empty_array()
    {
        Assert.Equal("[]", CreatePersonalAccessTokenResponse.ToJson(Array.Empty<CreatePersonalAccessTokenResponse>()));
        Assert.Equal("[]", CreatePersonalAccessTokenResponse.ToIndentedJson(new List<CreatePersonalAccessTokenResponse>()));
    }

    [Fact]
    public void Many_items_and_repeated_items_serialize_in_order()
    {
        // More items than the stack holds pointers for, and one object several times.
        IReadOnlyList<CreatePersonalAccessTokenResponse> parsed = CreatePersonalAccessTokenResponse.ParseList(
            ArrayOf(Enumerable.Range(0, 100).Select(i => VariedItems[i % VariedItems.Length])));
        try
        {
            var order = parsed.Concat(parsed.Take(3)).Append(parsed[0]).ToList();
            string expected = ArrayOf(order.Select(r => r.ToJson()));
            Assert.Equal(expected, CreatePersonalAccessTokenResponse.ToJson(order));
            // A lazy sequence is read once, in order.
            Assert.Equal(expected, CreatePersonalAccessTokenResponse.ToJson(order.Select(r => r)));
        }
        finally
        {
            DisposeAll(parsed);
        }
    }

    [Fact]
    public void An_error_names_the_item()
    {
        string bad = DocumentedExample.Edit("\"type\":\"IDENTITY\"", "\"type\":\"identity\"");
        string array = ArrayOf(new[] { DocumentedExample.CanonicalJson, bad, DocumentedExample.CanonicalJson });
        var e = Assert.Throws<PatException>(() => CreatePersonalAccessTokenResponse.ParseList(array));
        AssertError(e, PatStatus.InvalidOwnerType, "[1].owner.type");
        e = Assert.Throws<PatException>(() => CreatePersonalAccessTokenResponse.ParseList(Encoding.UTF8.GetBytes(array)));
        AssertError(e, PatStatus.InvalidOwnerType, "[1].owner.type");

        e = Assert.Throws<PatException>(() => CreatePersonalAccessTokenResponse.ParseList(
            ArrayOf(new[] { DocumentedExample.CanonicalJson, DocumentedExample.CanonicalJson, "{\"id\":\"\"}" })));
        AssertError(e, PatStatus.EmptyField, "[2].id");

        e = Assert.Throws<PatException>(() => CreatePersonalAccessTokenResponse.ParseList(
            ArrayOf(new[] { DocumentedExample.CanonicalJson, "42" })));
        Assert.Equal(PatStatus.WrongType, e.Code);
        Assert.Equal("[1]", e.Field);
    }

    [Fact]
    public void Strict_refuses_an_unknown_key_in_an_item()
    {
        string extra = DocumentedExample.Edit("\"id\":\"86f1dc6fe8f54414950454cbb11278fa\"", "\"id\":\"86f1dc6fe8f54414950454cbb11278fa\",\"newField\":{\"a\":[1]}");
        string array = ArrayOf(new[] { DocumentedExample.CanonicalJson, extra });

        IReadOnlyList<CreatePersonalAccessTokenResponse> lenient = CreatePersonalAccessTokenResponse.ParseList(array);
        Assert.Equal(2, lenient.Count);
        Assert.Equal(DocumentedExample.CanonicalJson, lenient[1].ToJson());
        DisposeAll(lenient);

        var e = Assert.Throws<PatException>(() => CreatePersonalAccessTokenResponse.ParseList(array, strict: true));
        AssertError(e, PatStatus.UnknownKey, "[1].newField");
    }

    [Theory]
    [InlineData("{}", PatStatus.WrongType, null)]
    [InlineData("null", PatStatus.WrongType, null)]
    [InlineData("\"[]\"", PatStatus.WrongType, null)]
    [InlineData("", PatStatus.MalformedJson, null)]
    [InlineData("[] []", PatStatus.MalformedJson, null)]
    [InlineData("[", PatStatus.MalformedJson, null)]
    public void Input_that_is_not_one_array_is_refused(string json, PatStatus code, string? field)
    {
        var e = Assert.Throws<PatException>(() => CreatePersonalAccessTokenResponse.ParseList(json));
        Assert.Equal(code, e.Code);
        Assert.Equal(field, e.Field);
    }

    [Fact]
    public void A_single_object_is_not_a_list()
    {
        var e = Assert.Throws<PatException>(() => CreatePersonalAccessTokenResponse.ParseList(DocumentedExample.CanonicalJson));
        AssertError(e, PatStatus.WrongType, null);
        Assert.DoesNotContain(SecretPrefix, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_text_is_refused()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(ArrayOf(new[] { DocumentedExample.CanonicalJson, DocumentedExample.CanonicalJson }));
        bytes[bytes.Length - 20] = 0xFF; // inside the second item's last key
        var e = Assert.Throws<PatException>(() => CreatePersonalAccessTokenResponse.ParseList(bytes));
        Assert.Equal(PatStatus.InvalidUtf8, e.Code);

        e = Assert.Throws<PatException>(() => CreatePersonalAccessTokenResponse.ParseList("[\"\ud800\"]"));
        Assert.Equal(PatStatus.InvalidUtf8, e.Code);
        Assert.Null(e.Field);
    }

    [Fact]
    public void Null_arguments_are_refused_before_any_native_call()
    {
        Assert.Throws<ArgumentNullException>("json", () => CreatePersonalAccessTokenResponse.ParseList((string)null!));
        Assert.Throws<ArgumentNullException>("items", () => CreatePersonalAccessTokenResponse.ToJson(null!));
        Assert.Throws<ArgumentNullException>("items", () => CreatePersonalAccessTokenResponse.ToIndentedJson(null!));

        using var response = DocumentedExample.Response();
        var e = Assert.Throws<ArgumentNullException>("items", () => CreatePersonalAccessTokenResponse.ToJson(new[] { response, null! }));
        Assert.Contains("items[1]", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>("items", () => CreatePersonalAccessTokenResponse.ToIndentedJson(new[] { null!, response }));
    }

    [Fact]
    public void A_disposed_element_is_refused_and_the_others_stay_usable()
    {
        using var kept = DocumentedExample.Response();
        var disposed = DocumentedExample.Response();
        disposed.Dispose();
        Assert.Throws<ObjectDisposedException>(() => CreatePersonalAccessTokenResponse.ToJson(new[] { kept, disposed }));
        Assert.Throws<ObjectDisposedException>(() => CreatePersonalAccessTokenResponse.ToIndentedJson(new[] { disposed, kept }));
        Assert.Equal("[" + DocumentedExample.CanonicalJson + "]", CreatePersonalAccessTokenResponse.ToJson(new[] { kept }));
    }

    [Fact]
    public void A_handle_closed_after_the_check_is_refused_by_the_native_call()
    {
        // Native.ResponsesToJson references every handle before the call; a closed one throws there.
        using var kept = DocumentedExample.Response();
        var closed = DocumentedExample.Response();
        var handles = new List<Interop.ResponseHandle> { GetHandle(kept), GetHandle(closed) };
        closed.Dispose();
        Assert.Throws<ObjectDisposedException>(() => Interop.Native.ResponsesToJson(handles, pretty: false));
        Assert.Equal("[" + DocumentedExample.CanonicalJson + "]", Interop.Native.ResponsesToJson(handles.GetRange(0, 1), pretty: false));
    }

    private static Interop.ResponseHandle GetHandle(CreatePersonalAccessTokenResponse response)
        => (Interop.ResponseHandle)typeof(CreatePersonalAccessTokenResponse)
            .GetField("handle", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .GetValue(response)!;
}
