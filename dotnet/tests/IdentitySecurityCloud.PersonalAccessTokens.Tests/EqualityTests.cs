using System;
using System.Collections.Generic;
using Xunit;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

/// <summary>Value equality of both types: IEquatable, ==, !=, Equals(object), GetHashCode.</summary>
public class EqualityTests
{
    private static CreatePersonalAccessTokenResponse With(
        string? id = null, string? secret = null, IReadOnlyList<string>? scope = null, bool nullScope = false,
        string? name = null, string? ownerName = null, DateTimeOffset? created = null, long? validity = null,
        DateTimeOffset? expiration = null)
    {
        using var owner = PatOwner.Create(PatOwner.IdentityType, DocumentedExample.OwnerId, ownerName ?? DocumentedExample.OwnerName);
        return CreatePersonalAccessTokenResponse.Create(
            id ?? DocumentedExample.Id, secret ?? DocumentedExample.Secret,
            nullScope ? null : scope ?? DocumentedExample.Scope, name ?? DocumentedExample.Name, owner,
            created ?? DocumentedExample.Created, validity ?? DocumentedExample.Validity, expiration);
    }

    [Fact]
    public void Two_responses_built_apart_from_the_same_fields_are_equal()
    {
        using var a = DocumentedExample.Response();
        using var b = CreatePersonalAccessTokenResponse.Parse(DocumentedExample.CanonicalJson);
        Assert.NotSame(a, b);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal<CreatePersonalAccessTokenResponse>(a, b);
        Assert.Single(new HashSet<CreatePersonalAccessTokenResponse> { a, b });
    }

    [Fact]
    public void Created_is_compared_as_an_instant_whatever_the_offset_it_was_given_in()
    {
        using var utc = With();
        using var paris = With(created: DocumentedExample.Created.ToOffset(TimeSpan.FromHours(2)));
        Assert.Equal(utc, paris);
    }

    public static TheoryData<string> Differences() => new()
    {
        "id", "secret", "secret-length", "scope-item", "scope-null", "scope-empty", "name", "owner.name", "created", "validity", "expiration",
    };

    [Theory]
    [MemberData(nameof(Differences))]
    public void A_response_differing_in_one_field_is_not_equal(string field)
    {
        using var a = With();
        using CreatePersonalAccessTokenResponse b = field switch
        {
            "id" => With(id: "86f1dc6fe8f54414950454cbb11278fb"),
            "secret" => With(secret: DocumentedExample.Secret.Substring(0, 63) + "8"),
            "secret-length" => With(secret: DocumentedExample.Secret + "0"),
            "scope-item" => With(scope: new[] { "demo:personal-access-token-scope:first" }),
            "scope-null" => With(nullScope: true),
            "scope-empty" => With(scope: Array.Empty<string>()),
            "name" => With(name: "NodeJS integration"),
            "owner.name" => With(ownerName: "support"),
            "created" => With(created: DocumentedExample.Created.AddMilliseconds(1)),
            "validity" => With(validity: DocumentedExample.Validity + 1),
            "expiration" => With(expiration: DocumentedExample.Created.AddDays(30)),
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
        Assert.False(a.Equals(b));
        Assert.False(a == b);
        Assert.True(a != b);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Null_scope_and_empty_scope_differ()
    {
        using var none = With(nullScope: true);
        using var empty = With(scope: Array.Empty<string>());
        Assert.NotEqual(none, empty);
    }

    [Fact]
    public void Null_handling_of_the_operators_and_Equals()
    {
        using var a = DocumentedExample.Response();
        CreatePersonalAccessTokenResponse? nothing = null;
        Assert.False(a == nothing);
        Assert.False(nothing == a);
        Assert.True(nothing == null);
        Assert.True(a != nothing);
        Assert.False(a.Equals(nothing));
        Assert.False(a.Equals("not a response"));
    }

    [Fact]
    public void A_disposed_response_equals_only_itself_and_otherwise_throws()
    {
        var a = DocumentedExample.Response();
        using var b = DocumentedExample.Response();
        a.Dispose();
        Assert.True(a.Equals(a));
        Assert.Throws<ObjectDisposedException>(() => a.Equals(b));
        Assert.Throws<ObjectDisposedException>(() => b.Equals(a));
        Assert.Throws<ObjectDisposedException>(() => a.GetHashCode());
    }

    [Fact]
    public void The_hash_code_leaves_the_secret_out()
    {
        // Equal hashes for different secrets: the hash says nothing about the secret.
        using var a = With();
        using var b = With(secret: "another secret");
        Assert.NotEqual(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Owners_are_equal_by_type_id_and_name_also_the_owner_of_a_response()
    {
        using var a = DocumentedExample.Owner();
        using var b = PatOwner.Parse(DocumentedExample.OwnerJson);
        using var response = DocumentedExample.Response();
        Assert.True(a == b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(a, response.Owner);
        using var other = PatOwner.Create(PatOwner.IdentityType, DocumentedExample.OwnerId, "support");
        Assert.True(a != other);
        Assert.False(a.Equals(null));
        PatOwner? nothing = null;
        Assert.True(nothing == null);
        Assert.False(nothing == a);
    }
}
