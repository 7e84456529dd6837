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

/// <summary>The array written as UTF-8 into an IBufferWriter&lt;byte&gt;.</summary>
public class ArrayBufferWriterTests
{
    [Fact]
    public void The_array_in_UTF8_is_the_text_ToJson_returns()
    {
        using var owner = DocumentedExample.Owner();
        using var a = DocumentedExample.Response();
        using var b = CreatePersonalAccessTokenResponse.Create("b", "s\u00e9", null, "n", owner, DocumentedExample.Created);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        CreatePersonalAccessTokenResponse.WriteJson(buffer, new[] { a, b, a });
        Assert.Equal(CreatePersonalAccessTokenResponse.ToJson(new[] { a, b, a }), System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void No_items_is_an_empty_array()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        CreatePersonalAccessTokenResponse.WriteJson(buffer, Array.Empty<CreatePersonalAccessTokenResponse>());
        Assert.Equal("[]", System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void Null_and_disposed_items_are_refused_before_anything_is_written()
    {
        using var a = DocumentedExample.Response();
        var gone = DocumentedExample.Response();
        gone.Dispose();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        Assert.Throws<ArgumentNullException>(() => CreatePersonalAccessTokenResponse.WriteJson(null!, new[] { a }));
        Assert.Throws<ArgumentNullException>(() => CreatePersonalAccessTokenResponse.WriteJson(buffer, null!));
        Assert.Throws<ArgumentNullException>(() => CreatePersonalAccessTokenResponse.WriteJson(buffer, new[] { a, null! }));
        Assert.Throws<ObjectDisposedException>(() => CreatePersonalAccessTokenResponse.WriteJson(buffer, new[] { a, gone }));
        Assert.Equal(0, buffer.WrittenCount);
    }
}
