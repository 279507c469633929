using System.Security.Cryptography;
using KimHotspot.RouterOs.Protocol;

namespace KimHotspot.RouterOs.Connection;

/// <summary>
/// The version-agnostic login of reference §2.3: plain <c>/login =name= =password=</c>; a
/// <c>!done =ret=</c> means a pre-6.43 router that wants the MD5 challenge response instead.
/// </summary>
internal static class Login
{
    /// <param name="connection">The fresh connection.</param>
    /// <param name="options">Credentials and timeouts.</param>
    /// <param name="time">Clock for the login timeout.</param>
    /// <param name="challengeOnly">Test hook: start with a bare <c>/login</c>, as pre-6.43 clients did.</param>
    /// <param name="cancellationToken">Caller's token.</param>
    public static async Task<string> RunAsync(
        RouterOsConnection connection, RouterOsConnectionOptions options, TimeProvider time, bool challengeOnly,
        CancellationToken cancellationToken)
    {
        var endpoint = connection.Endpoint;
        using var scope = new TimeoutScope(options.LoginTimeout, time, cancellationToken);
        try
        {
            var login = challengeOnly
                ? new RouterOsCommand("/login")
                : new RouterOsCommand("/login").Attribute("name", options.UserName).Attribute("password", options.Password);
            var first = await connection.RunAsync(
                login,
                tagged: false, Timeout.InfiniteTimeSpan, scope.Token).ConfigureAwait(false);
            if (first.Ret is not { Length: > 0 } challenge)
            {
                return "plain";
            }

            var response = ChallengeResponse(options.Password, challenge, options.Encoding);
            await connection.RunAsync(
                new RouterOsCommand("/login").Attribute("name", options.UserName).Attribute("response", response),
                tagged: false, Timeout.InfiniteTimeSpan, scope.Token).ConfigureAwait(false);
            return "challenge";
        }
        catch (RouterOsTrapException ex)
        {
            throw new RouterOsLoginException(endpoint, options.UserName, string.Join(", ", ex.Traps.Select(t => t.Message)), ex);
        }
        catch (OperationCanceledException) when (scope.IsTimedOut)
        {
            throw new RouterOsException(
                $"Login to {endpoint} timed out after {options.LoginTimeout}: no answer to /login. {Hint}", isTransient: true);
        }
        catch (RouterOsException ex) when (ex is not RouterOsLoginException)
        {
            throw new RouterOsException(
                $"Login to {endpoint} failed: {ex.Message} {Hint}", ex.IsTransient, ex);
        }
    }

    private const string Hint =
        "Check that this is the RouterOS API port (api 8728 or api-ssl 8729, not WinBox 8291 or HTTP), " +
        "that the service is enabled, and that this address may use it (available-from, max-sessions).";

    /// <summary><c>"00"</c> + hex MD5(0x00 ‖ password ‖ challenge), reference §2.2.</summary>
    internal static string ChallengeResponse(string password, string challengeHex, WordEncoding encoding)
    {
        byte[] challenge;
        try
        {
            challenge = Convert.FromHexString(challengeHex);
        }
        catch (FormatException ex)
        {
            throw new RouterOsProtocolException($"The login challenge '{challengeHex}' is not hexadecimal.", ex);
        }

        var passwordBytes = encoding.GetBytes(password);
        var data = new byte[1 + passwordBytes.Length + challenge.Length];
        passwordBytes.CopyTo(data, 1);
        challenge.CopyTo(data, 1 + passwordBytes.Length);
#pragma warning disable CA5351 // MD5 is what the legacy RouterOS login protocol prescribes.
        return "00" + Convert.ToHexStringLower(MD5.HashData(data));
#pragma warning restore CA5351
    }
}
