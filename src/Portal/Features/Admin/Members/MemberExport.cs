using System.Text.Encodings.Web;
using System.Text.Json;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Members;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Members;

/// <summary>
/// One member's data as a JSON document (UU 27/2022 right of access): profile without the password hash or router
/// secret, consent, remembered devices, session history and trial use by their phone. The export is audited.
/// </summary>
public sealed class MemberExport(PortalDb db, AuditLog audit, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file download, never embedded in HTML
    };

    /// <summary>The file name and UTF-8 JSON bytes.</summary>
    public async Task<(string FileName, byte[] Content)> ExportAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var now = time.GetUtcNow();
        var notice = await db.PrivacyNotices.AsNoTracking().FirstOrDefaultAsync(p => p.Version == member.ConsentVersion, cancellationToken);
        var devices = await db.RememberedDevices.AsNoTracking().Where(d => d.MemberId == member.Id).OrderBy(d => d.CreatedAt).ToListAsync(cancellationToken);
        var sessions = await db.SessionRecords.AsNoTracking().Where(s => s.RouterUser == member.RouterUser).OrderBy(s => s.At).ToListAsync(cancellationToken);
        var trials = await db.TrialUsages.AsNoTracking().Where(t => t.Phone == member.Phone).OrderBy(t => t.StartedAt).ToListAsync(cancellationToken);
        var document = new
        {
            ExportedAt = now,
            Profile = new
            {
                member.Id, member.FullName, member.Phone, member.Username, member.Neighbourhood,
                Status = member.Status.ToString(), Tier = member.Tier?.Name, member.CreatedAt, member.ApprovedAt,
                member.ExpiresAt, member.LastLoginAt, member.RouterUser,
            },
            Consent = new { Version = member.ConsentVersion, At = member.ConsentAt, Text = notice?.Text },
            Devices = devices.Select(d => new { d.MacAddress, d.CreatedAt, d.LastUsedAt, d.ExpiresAt, d.RevokedAt }),
            Sessions = sessions.Select(s => new { s.At, s.Method, s.MacAddress, s.IpAddress }),
            TrialUsage = trials.Select(t => new { t.Day, t.MacAddress, Minutes = t.Granted.TotalMinutes, t.StartedAt }),
        };
        audit.Add(db, "member.export", MemberActions.Target(member.Id), after: new { Devices = devices.Count, Sessions = sessions.Count, Trials = trials.Count });
        await db.SaveChangesAsync(cancellationToken);
        string name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"anggota-{member.Id}-{now:yyyy-MM-dd}.json");
        return (name, JsonSerializer.SerializeToUtf8Bytes(document, Json));
    }
}
