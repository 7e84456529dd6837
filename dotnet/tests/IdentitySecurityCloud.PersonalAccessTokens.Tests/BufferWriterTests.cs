using System;
using System.Buffers;
using System.Text;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

/// <summary>JSON written as UTF-8 into an IBufferWriter&lt;byte&gt;, with no string in between.</summary>
public class BufferWriterTests
{
    [Fact]
    public void WriteJson_writes_the_canonical_bytes()
    {
        using var response = DocumentedExample.Response();
        var buffer = new ArrayBufferWriter<byte>();
        response.WriteJson(buffer);
        Assert.Equal(Encoding.UTF8.GetBytes(DocumentedExample.CanonicalJson), buffer.WrittenSpan.ToArray());
    }

    [Fact]
    public void WriteIndentedJson_writes_what_ToIndentedJson_returns()
    {
        using var response = DocumentedExample.Response();
        var buffer = new ArrayBufferWriter<byte>();
        response.WriteIndentedJson(buffer);
        Assert.Equal(response.ToIndentedJson(), Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void Writing_appends_after_what_the_writer_already_holds()
    {
        using var response = DocumentedExample.Response();
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write("["u8);
        response.WriteJson(buffer);
        buffer.Write(","u8);
        response.WriteJson(buffer);
        buffer.Write("]"u8);
        Assert.Equal("[" + DocumentedExample.CanonicalJson + "," + DocumentedExample.CanonicalJson + "]", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void A_response_larger_than_the_first_span_is_written_whole()
    {
        // Over 1 KB of JSON: the first span asked for is too small, the second fits.
        string longName = new string('n', 5000);
        using var owner = DocumentedExample.Owner();
        using var response = CreatePersonalAccessTokenResponse.Create(
            DocumentedExample.Id, DocumentedExample.Secret, DocumentedExample.Scope, longName, owner, DocumentedExample.Created);
        var buffer = new SmallSpanWriter();
        response.WriteJson(buffer);
        Assert.Equal(response.ToJson(), Encoding.UTF8.GetString(buffer.Written));
        Assert.True(buffer.Requests >= 2);
    }

    [Fact]
    public void Owner_WriteJson_writes_its_JSON()
    {
        using var owner = DocumentedExample.Owner();
        var buffer = new ArrayBufferWriter<byte>();
        owner.WriteJson(buffer);
        Assert.Equal(DocumentedExample.OwnerJson, Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void Null_writer_and_disposed_objects_are_refused()
    {
        var response = DocumentedExample.Response();
        var owner = DocumentedExample.Owner();
        Assert.Throws<ArgumentNullException>(() => response.WriteJson(null!));
        Assert.Throws<ArgumentNullException>(() => owner.WriteJson(null!));
        response.Dispose();
        owner.Dispose();
        var buffer = new ArrayBufferWriter<byte>();
        Assert.Throws<ObjectDisposedException>(() => response.WriteJson(buffer));
        Assert.Throws<ObjectDisposedException>(() => response.WriteIndentedJson(buffer));
        Assert.Throws<ObjectDisposedException>(() => owner.WriteJson(buffer));
        Assert.Equal(0, buffer.WrittenCount);
    }

    /// <summary>A writer that hands out exactly the size asked for, so a too-small first span is seen.</summary>
    private sealed class SmallSpanWriter : IBufferWriter<byte>
    {
        private byte[] data = new byte[0];
        private byte[] pending = new byte[0];

        public int Requests { get; private set; }

        public byte[] Written => data;

        public void Advance(int count)
        {
            int old = data.Length;
            Array.Resize(ref data, old + count);
            Array.Copy(pending, 0, data, old, count);
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => pending = new byte[Math.Max(sizeHint, 1)];

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Requests++;
            return GetMemory(sizeHint).Span;
        }
    }
}
