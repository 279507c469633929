using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>
/// Data protection for the admin console: stored TOTP secrets, the short-lived ticket between password and
/// code at sign-in, and the not-yet-confirmed secret while an admin sets up TOTP. Each has its own purpose,
/// so one can never be passed off as another.
/// </summary>
public sealed class AdminProtector(IDataProtectionProvider provider, TimeProvider time)
{
    /// <summary>How long the second-factor step may take after the right password.</summary>
    public static readonly TimeSpan TicketLifetime = TimeSpan.FromMinutes(5);

    /// <summary>How long a shown TOTP secret may wait for its first code.</summary>
    public static readonly TimeSpan SetupLifetime = TimeSpan.FromMinutes(30);

    private readonly IDataProtector _secrets = provider.CreateProtector("KimHotspot.Admin.TotpSecret.v1");
    private readonly IDataProtector _tickets = provider.CreateProtector("KimHotspot.Admin.SecondFactorTicket.v1");
    private readonly IDataProtector _setups = provider.CreateProtector("KimHotspot.Admin.TotpSetup.v1");

    /// <summary>The form <see cref="AdminAccount.TotpSecret"/> keeps a secret in.</summary>
    public string ProtectSecret(byte[] key) => _secrets.Protect(Base32.Encode(key));

    /// <summary>The stored secret's key bytes; null when there is none or it cannot be read (keys lost).</summary>
    public byte[]? UnprotectSecret(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return null;
        }

        try
        {
            return Base32.TryDecode(_secrets.Unprotect(stored), out var key) ? key : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>A ticket naming the account and its current stamp, valid for <see cref="TicketLifetime"/>.</summary>
    public string NewTicket(AdminAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return Protect(_tickets, account.Id, account.SecurityStamp, TicketLifetime);
    }

    /// <summary>The account id and stamp of a ticket that is genuine and not expired.</summary>
    public (int AccountId, string Stamp)? ReadTicket(string? ticket) =>
        Unprotect(_tickets, ticket) is { } parts && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var id) ? (id, parts[1]) : null;

    /// <summary>A hidden-field token carrying a new secret for <paramref name="accountId"/> until it is confirmed.</summary>
    public string NewSetup(int accountId, byte[] key) => Protect(_setups, accountId, Base32.Encode(key), SetupLifetime);

    /// <summary>The secret of a genuine, unexpired setup token made for <paramref name="accountId"/>.</summary>
    public byte[]? ReadSetup(string? token, int accountId) =>
        Unprotect(_setups, token) is { } parts
        && parts[0] == accountId.ToString(CultureInfo.InvariantCulture)
        && Base32.TryDecode(parts[1], out var key) && key.Length > 0
            ? key
            : null;

    private string Protect(IDataProtector protector, int accountId, string value, TimeSpan lifetime)
    {
        var expires = (time.GetUtcNow() + lifetime).ToUnixTimeSeconds();
        return protector.Protect(string.Join('|', accountId.ToString(CultureInfo.InvariantCulture), value, expires.ToString(CultureInfo.InvariantCulture)));
    }

    private string[]? Unprotect(IDataProtector protector, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var parts = protector.Unprotect(token).Split('|');
            return parts.Length == 3
                && long.TryParse(parts[2], CultureInfo.InvariantCulture, out var expires)
                && time.GetUtcNow().ToUnixTimeSeconds() < expires
                    ? parts
                    : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
