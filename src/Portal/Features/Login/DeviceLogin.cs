namespace KimHotspot.Portal.Features.Login;

/// <summary>
/// Gets the device of a login attempt online as a router account: checks that the (ip, mac) pair
/// is a real hotspot host (and, where the Portal sees residents directly, that the request comes
/// from that ip), makes the router's profile and user match, logs the device in through the API
/// (or prepares the browser post of the fallback mode), and marks the attempt completed.
/// </summary>
public sealed class DeviceLogin
{
    /// <summary>Runs the login. Never throws for router trouble: that is a <see cref="LoginOutcome.Failed"/>.</summary>
    public Task<LoginOutcome> CompleteAsync(
        LoginAttempt attempt, RouterAccount account, string method, HttpContext http, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
