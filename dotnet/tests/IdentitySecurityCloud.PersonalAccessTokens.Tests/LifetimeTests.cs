using System;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

public class LifetimeTests
{
    [Fact]
    public void Dispose_twice_is_safe()
    {
        var response = DocumentedExample.Response();
        var owner = DocumentedExample.Owner();
        response.Dispose();
        response.Dispose();
        owner.Dispose();
        owner.Dispose();
    }

    [Fact]
    public void Every_member_of_a_disposed_response_throws_ObjectDisposedException()
    {
        var response = DocumentedExample.Response();
        _ = response.Id; // cached values must not outlive Dispose either
        _ = response.Scope;
        response.Dispose();
        Assert.Throws<ObjectDisposedException>(() => response.Id);
        Assert.Throws<ObjectDisposedException>(() => response.Scope);
        Assert.Throws<ObjectDisposedException>(() => response.Name);
        Assert.Throws<ObjectDisposedException>(() => response.Owner);
        Assert.Throws<ObjectDisposedException>(() => response.Created);
        Assert.Throws<ObjectDisposedException>(() => response.AccessTokenValiditySeconds);
        Assert.Throws<ObjectDisposedException>(() => response.ExpirationDate);
        Assert.Throws<ObjectDisposedException>(() => response.RevealSecret());
        Assert.Throws<ObjectDisposedException>(() => response.ToJson());
        Assert.Throws<ObjectDisposedException>(() => response.ToIndentedJson());
        Assert.Throws<ObjectDisposedException>(() => response.Clone());
        Assert.Equal("CreatePersonalAccessTokenResponse (disposed)", response.ToString());
    }

    [Fact]
    public void Every_member_of_a_disposed_owner_throws_ObjectDisposedException()
    {
        var owner = DocumentedExample.Owner();
        _ = owner.Id;
        owner.Dispose();
        Assert.Throws<ObjectDisposedException>(() => owner.Type);
        Assert.Throws<ObjectDisposedException>(() => owner.Id);
        Assert.Throws<ObjectDisposedException>(() => owner.Name);
        Assert.Throws<ObjectDisposedException>(() => owner.ToJson());
        Assert.Throws<ObjectDisposedException>(() => owner.ToIndentedJson());
        Assert.Throws<ObjectDisposedException>(() => owner.Clone());
        Assert.Equal("PatOwner (disposed)", owner.ToString());
        Assert.Throws<ObjectDisposedException>(() => CreatePersonalAccessTokenResponse.Create(
            "i", "s", null, "n", owner, DocumentedExample.Created));
    }

    [Fact]
    public void The_owner_of_a_response_is_disposed_with_the_response_only()
    {
        var response = DocumentedExample.Response();
        PatOwner owner = response.Owner;
        Assert.Same(owner, response.Owner);
        owner.Dispose(); // belongs to the response: no effect
        Assert.Equal(DocumentedExample.OwnerId, owner.Id);
        PatOwner copy = owner.Clone();
        response.Dispose();
        Assert.Throws<ObjectDisposedException>(() => owner.Id);
        Assert.Equal(DocumentedExample.OwnerId, copy.Id);
        copy.Dispose();
    }

    [Fact]
    public void A_response_keeps_its_own_copy_of_the_owner_given_to_create()
    {
        var owner = DocumentedExample.Owner();
        using var response = CreatePersonalAccessTokenResponse.Create("i", "s", null, "n", owner, DocumentedExample.Created);
        owner.Dispose();
        Assert.Equal(DocumentedExample.OwnerId, response.Owner.Id);
    }

    [Fact]
    public void ToString_of_the_owner_describes_it()
    {
        using var owner = DocumentedExample.Owner();
        Assert.Equal("PatOwner { Type = IDENTITY, Id = 2c9180a46faadee4016fb4e018c20639, Name = Support }", owner.ToString());
    }
}
