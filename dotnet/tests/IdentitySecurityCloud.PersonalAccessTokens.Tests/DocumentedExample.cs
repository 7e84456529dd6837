using System;

namespace IdentitySecurityCloud.PersonalAccessTokens.Tests;

/// <summary>The documented example of MODEL.md, as fields and as canonical JSON.</summary>
internal static class DocumentedExample
{
    public const string Id = "86f1dc6fe8f54414950454cbb11278fa";
    public const string Secret = "1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9";
    public const string Name = "NodeJS Integration";
    public const string OwnerId = "2c9180a46faadee4016fb4e018c20639";
    public const string OwnerName = "Support";
    public const int Validity = 36900;

    public static readonly string[] Scope =
    {
        "demo:personal-access-token-scope:first",
        "demo:personal-access-token-scope:second",
    };

    public static readonly DateTimeOffset Created = new(2017, 7, 11, 18, 45, 37, 98, TimeSpan.Zero);

    public const string CanonicalJson =
        "{\"id\":\"86f1dc6fe8f54414950454cbb11278fa\",\"secret\":\"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9\",\"scope\":[\"demo:personal-access-token-scope:first\",\"demo:personal-access-token-scope:second\"],\"name\":\"NodeJS Integration\",\"owner\":{\"type\":\"IDENTITY\",\"id\":\"2c9180a46faadee4016fb4e018c20639\",\"name\":\"Support\"},\"created\":\"2017-07-11T18:45:37.098Z\",\"accessTokenValiditySeconds\":36900}";

    public const string OwnerJson = "{\"type\":\"IDENTITY\",\"id\":\"2c9180a46faadee4016fb4e018c20639\",\"name\":\"Support\"}";

    public static PatOwner Owner() => PatOwner.Create(PatOwner.IdentityType, OwnerId, OwnerName);

    public static CreatePersonalAccessTokenResponse Response()
    {
        using PatOwner owner = Owner();
        return CreatePersonalAccessTokenResponse.Create(Id, Secret, Scope, Name, owner, Created, Validity);
    }

    /// <summary>The canonical JSON with <paramref name="from"/> (which must occur once) replaced.</summary>
    public static string Edit(string from, string to)
    {
        int at = CanonicalJson.IndexOf(from, StringComparison.Ordinal);
        if (at < 0 || CanonicalJson.IndexOf(from, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"{from} must occur exactly once", nameof(from));
        }

        return string.Concat(CanonicalJson.AsSpan(0, at), to, CanonicalJson.AsSpan(at + from.Length));
    }
}
