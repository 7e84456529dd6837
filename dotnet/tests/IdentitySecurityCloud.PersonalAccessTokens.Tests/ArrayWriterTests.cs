using System;
using System.Linq;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

/// <summary>The compact array writer, which writes every item into one growing buffer.</summary>
public class ArrayWriterTests
{
    [Fact]
    public void Items_larger_than_the_first_estimate_grow_the_buffer_and_keep_their_order()
    {
        using var owner = DocumentedExample.Owner();
        var items = Enumerable.Range(0, 40)
            .Select(i => CreatePersonalAccessTokenResponse.Create(
                "id" + i, DocumentedExample.Secret, DocumentedExample.Scope, new string((char)('a' + (i % 26)), 100 * i + 1), owner, DocumentedExample.Created))
            .ToList();
        try
        {
            string expected = "[" + string.Join(",", items.Select(item => item.ToJson())) + "]";
            Assert.Equal(expected, CreatePersonalAccessTokenResponse.ToJson(items));
            using var back = new Disposer(CreatePersonalAccessTokenResponse.ParseList(expected));
            Assert.Equal(items, back.Items);
        }
        finally
        {
            items.ForEach(item => item.Dispose());
        }
    }

    [Fact]
    public void Non_ASCII_text_is_written_and_decoded_intact()
    {
        using var owner = PatOwner.Create(PatOwner.IdentityType, "x", "J\u00fcrgen \U0001F511");
        using var a = CreatePersonalAccessTokenResponse.Create("a", "s\u00e9cret", null, "n\u00e4me", owner, DocumentedExample.Created);
        string json = CreatePersonalAccessTokenResponse.ToJson(new[] { a, a });
        Assert.Equal("[" + a.ToJson() + "," + a.ToJson() + "]", json);
        Assert.Contains("J\u00fcrgen \U0001F511", json, StringComparison.Ordinal);
    }

    private sealed class Disposer : IDisposable
    {
        public Disposer(System.Collections.Generic.IReadOnlyList<CreatePersonalAccessTokenResponse> items) => Items = items;

        public System.Collections.Generic.IReadOnlyList<CreatePersonalAccessTokenResponse> Items { get; }

        public void Dispose()
        {
            foreach (var item in Items)
            {
                item.Dispose();
            }
        }
    }
}
