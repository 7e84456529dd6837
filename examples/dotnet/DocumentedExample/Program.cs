// The documented example of the Identity Security Cloud API (V2024)
// CreatePersonalAccessTokenResponse: build it from its fields, print its
// canonical JSON, parse that JSON back and show what a log may see.

using System;
using IdentitySecurityCloud.PersonalAccessTokens;

try
{
    using PatOwner owner = PatOwner.Create(PatOwner.IdentityType, "2c9180a46faadee4016fb4e018c20639", "Support");
    using CreatePersonalAccessTokenResponse token = CreatePersonalAccessTokenResponse.Create(
        id: "86f1dc6fe8f54414950454cbb11278fa",
        secret: "1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9",
        scope: new[] { "demo:personal-access-token-scope:first", "demo:personal-access-token-scope:second" },
        name: "NodeJS Integration",
        owner: owner,
        created: DateTimeOffset.Parse("2017-07-11T18:45:37.098Z", System.Globalization.CultureInfo.InvariantCulture),
        accessTokenValiditySeconds: 36900);

    // The wire format, secret included: send it, never log it.
    string json = token.ToJson();
    Console.WriteLine(json);

    // Parsing gives back an equal object; ToString() is safe to log.
    using CreatePersonalAccessTokenResponse parsed = CreatePersonalAccessTokenResponse.Parse(json, strict: true);
    Console.Error.WriteLine(parsed);

    // Invalid input fails with the field at fault and why.
    try
    {
        using var bad = CreatePersonalAccessTokenResponse.Parse(json.Replace("\"IDENTITY\"", "\"identity\"", StringComparison.Ordinal));
    }
    catch (PatException e)
    {
        Console.Error.WriteLine($"{e.Code} at {e.Field}: {e.Message}");
    }

    return 0;
}
catch (DllNotFoundException e)
{
    // The message lists every path the binding searched for the native library.
    Console.Error.WriteLine(e.Message);
    return 2;
}
