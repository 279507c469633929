using System.Security.Cryptography;
using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Api;

/// <summary>
/// <c>/login</c> per version (reference §2): challenge (&lt; 6.43), both (6.43–6.45.0), plain only (≥ 6.45.1).
/// </summary>
internal sealed class LoginHandler(SimulatedRouter router)
{
    public const string InvalidCredentials = "invalid user name or password (6)";
    public const string CannotLogIn = "cannot log in";

    private byte[]? _challenge;

    /// <summary>Handles one <c>/login</c>; returns the replies and whether the user is now logged in.</summary>
    public (List<string[]> Replies, bool LoggedIn, bool Failed) Handle(ApiRequest request)
    {
        var version = router.Version;
        string? tag = request.Tag;
        string name = request.Get("name") ?? string.Empty;
        string? password = request.Get("password");
        string? response = request.Get("response");

        if (response is not null && version.ChallengeLogin)
        {
            bool ok = _challenge is not null && Accepts(name, expected => ResponseMatches(expected, response));
            _challenge = null;
            return ok ? Success(tag) : Failure(CannotLogIn, tag);
        }

        if (password is not null && version.PlainLogin)
        {
            return Accepts(name, expected => expected == password) ? Success(tag) : Failure(InvalidCredentials, tag);
        }

        if (version.ChallengeLogin)
        {
            _challenge = RandomNumberGenerator.GetBytes(16);
            return ([Replies.Done(tag, Convert.ToHexString(_challenge).ToLowerInvariant())], false, false);
        }

        return Failure(InvalidCredentials, tag);
    }

    private bool Accepts(string name, Func<string, bool> passwordMatches) =>
        !router.Faults.RefuseLogins
        && router.Options.Password is { } password
        && name == Wire.FromText(router.Options.User)
        && passwordMatches(Wire.FromText(password));

#pragma warning disable CA5351 // The legacy API login is defined with MD5 (reference §2.2).
    private bool ResponseMatches(string expectedPassword, string response)
    {
        byte[] input = [0, .. Wire.Bytes.GetBytes(expectedPassword), .. _challenge!];
        string expected = "00" + Convert.ToHexString(MD5.HashData(input));
        return string.Equals(expected, response, StringComparison.OrdinalIgnoreCase);
    }
#pragma warning restore CA5351

    private static (List<string[]>, bool, bool) Success(string? tag) => ([Replies.Done(tag)], true, false);

    private static (List<string[]>, bool, bool) Failure(string message, string? tag) =>
        ([Replies.Trap(message, null, tag), Replies.Done(tag)], false, true);
}
