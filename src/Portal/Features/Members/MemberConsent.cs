using System.Globalization;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Village;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Members;

/// <summary>
/// New privacy notice → new consent. A member who consented to an older version than the latest is shown the new
/// notice after a correct password (or a remembered-device tap) and goes online only after accepting it. A member
/// with no recorded consent (version 0) is asked too.
/// </summary>
public static class MemberConsent
{
    /// <summary>The consent step's ticket lives this long: enough to read the notice, short enough not to matter if copied.</summary>
    public static readonly TimeSpan TicketLifetime = TimeSpan.FromMinutes(15);

    private const string Purpose = "KimHotspot.Portal.MemberConsent.v1";

    /// <summary>The latest notice, or null before any exists.</summary>
    public static Task<PrivacyNotice?> LatestAsync(PortalDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.PrivacyNotices.AsNoTracking().OrderByDescending(n => n.Version).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>True when <paramref name="member"/> must accept <paramref name="latest"/> before going online.</summary>
    public static bool Needs(Member member, PrivacyNotice? latest)
    {
        ArgumentNullException.ThrowIfNull(member);
        return latest is not null && latest.Version > member.ConsentVersion;
    }

    public static IDataProtector Protector(IDataProtectionProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return provider.CreateProtector(Purpose);
    }

    /// <summary>Seals what the consent step must remember (who, which attempt, how, which version) into the form.</summary>
    public static string Seal(IDataProtector protector, ConsentTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(protector);
        ArgumentNullException.ThrowIfNull(ticket);
        return protector.Protect(string.Join('|',
            ticket.MemberId.ToString(CultureInfo.InvariantCulture), ticket.AttemptId, ticket.Method, ticket.Remember ? "1" : "0",
            ticket.Version.ToString(CultureInfo.InvariantCulture), ticket.IssuedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The ticket, or null when forged, damaged or older than <see cref="TicketLifetime"/>.</summary>
    public static ConsentTicket? Open(IDataProtector protector, string? sealedTicket, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(protector);
        if (string.IsNullOrEmpty(sealedTicket) || sealedTicket.Length > 2000)
        {
            return null;
        }

        string[] parts;
        try
        {
            parts = protector.Unprotect(sealedTicket).Split('|');
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }

        if (parts.Length != 6
            || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out int memberId)
            || parts[2] is not ("member" or "remembered")
            || !int.TryParse(parts[4], CultureInfo.InvariantCulture, out int version)
            || !long.TryParse(parts[5], CultureInfo.InvariantCulture, out long ticks))
        {
            return null;
        }

        var issued = new DateTimeOffset(ticks, TimeSpan.Zero);
        return issued <= now && now - issued <= TicketLifetime
            ? new ConsentTicket(memberId, parts[1], parts[2], parts[3] == "1", version, issued)
            : null;
    }
}

/// <summary>A login paused for consent: the member, the attempt, "member" or "remembered", "remember this device", the notice version shown.</summary>
public sealed record ConsentTicket(int MemberId, string AttemptId, string Method, bool Remember, int Version, DateTimeOffset IssuedAt);
