using System;
using System.Buffers;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

/// <summary>
/// Text too large for the stack goes through a pooled array, which goes back
/// to the pool wiped on every path: the owner's text and a response's may be
/// the secret put in the wrong place. The next rent of the same size on this
/// thread is that array (the shared pool keeps one per size per thread).
/// </summary>
public class BufferWipeTests
{
    private const string Marker = "MARKER-9f3c";

    private static string Large() => string.Concat(System.Linq.Enumerable.Repeat(Marker, 200));

    private static void AssertPoolHoldsNoMarker(int bound)
    {
        byte[] again = ArrayPool<byte>.Shared.Rent(bound);
        try
        {
            Assert.True(again.AsSpan().IndexOf("MARKER-9f3c"u8) < 0, "a pooled buffer came back holding the text");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(again);
        }
    }

    private static int OwnerBound(string type, string id, string name) => (3 * (type.Length + id.Length + name.Length)) + 1;

    [Fact]
    public void The_owner_buffer_is_wiped_after_a_create()
    {
        string id = Large();
        using (PatOwner.Create(PatOwner.IdentityType, id, "n"))
        {
        }

        AssertPoolHoldsNoMarker(OwnerBound(PatOwner.IdentityType, id, "n"));
    }

    [Fact]
    public void The_owner_buffer_is_wiped_when_a_lone_surrogate_is_refused()
    {
        string id = Large();
        PatException e = Refusal.Of(() => PatOwner.Create(PatOwner.IdentityType, id, "n\uD800"));
        Assert.Equal(PatStatus.InvalidUtf8, e.Code);
        Assert.Equal("owner.name", e.Field);
        AssertPoolHoldsNoMarker(OwnerBound(PatOwner.IdentityType, id, "n\uD800"));
    }

    [Fact]
    public void The_response_buffers_are_wiped_after_create_read_and_refusal()
    {
        using var owner = DocumentedExample.Owner();
        string secret = Large();
        using (var token = CreatePersonalAccessTokenResponse.Create("i", secret, null, "n", owner, DocumentedExample.Created))
        {
            Assert.Equal(secret, token.RevealSecret());
            Assert.Contains(secret, token.ToJson(), StringComparison.Ordinal);
        }

        AssertPoolHoldsNoMarker((3 * (secret.Length + 2)) + 1);
        AssertPoolHoldsNoMarker(secret.Length + 1);
        Refusal.Of(() => CreatePersonalAccessTokenResponse.Create("i", secret, null, "\uDC00", owner, DocumentedExample.Created));
        AssertPoolHoldsNoMarker((3 * (secret.Length + 2)) + 1);
    }
}
