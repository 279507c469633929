using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Features.Members;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Trial;

/// <summary>A trial ready to go online, or why not (null account).</summary>
public sealed record TrialPrep(RouterAccount? Account, TimeSpan Left, string? Phone, TrialRefusal Refusal);

/// <summary>Why no trial.</summary>
public enum TrialRefusal
{
    None,
    Disabled,
    BadPhone,
    UsedUp,
}

/// <summary>
/// Free trial: <c>TrialMinutesPerDay</c> per device per village-local day and, when the resident
/// gives a phone number, per person too (so a randomised MAC does not reset it). Each trial login
/// is a <see cref="TrialUsage"/> row; a row counts as used for the wall-clock time since it started,
/// at most what it granted. The router user "tr-&lt;MAC&gt;" gets limit-uptime = its current uptime
/// counter + the minutes left, so the router ends the session when the day's trial is spent.
/// (Not "T-…": a router reads a "T-" user name posted to its login page as its own trial login.)
/// </summary>
public sealed class TrialAllowance(PortalDb db, RouterUsage usage, TimeProvider time)
{
    public async Task<TrialPrep> PrepareAsync(LoginAttempt attempt, string? typedPhone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var settings = await Tiers.SettingsAsync(db, cancellationToken);
        if (settings.TrialMinutesPerDay <= 0)
        {
            return new TrialPrep(null, TimeSpan.Zero, null, TrialRefusal.Disabled);
        }

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(typedPhone) && (phone = PhoneNumber.Normalize(typedPhone)) is null)
        {
            return new TrialPrep(null, TimeSpan.Zero, null, TrialRefusal.BadPhone);
        }

        var left = TimeSpan.FromMinutes(settings.TrialMinutesPerDay) - await UsedTodayAsync(attempt.MacAddress, phone, cancellationToken);
        left = TimeSpan.FromSeconds(Math.Floor(left.TotalSeconds));
        if (left < TimeSpan.FromMinutes(1))
        {
            return new TrialPrep(null, TimeSpan.Zero, phone, TrialRefusal.UsedUp);
        }

        var tier = await Tiers.FindOrDefaultAsync(db, settings.TrialTierId, cancellationToken);
        string user = "tr-" + attempt.MacAddress.Replace(":", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var counters = await usage.ReadAsync(user, cancellationToken);
        var account = new RouterAccount(user, Secrets.NewToken(18), tier, counters.Uptime + left);
        return new TrialPrep(account, left, phone, TrialRefusal.None);
    }

    /// <summary>After the device went online: the granted time is recorded against the device and the person.</summary>
    public async Task RecordAsync(LoginAttempt attempt, TrialPrep prep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(prep);
        db.TrialUsages.Add(new TrialUsage
        {
            Day = Today(),
            MacAddress = attempt.MacAddress.ToUpperInvariant(),
            Phone = prep.Phone,
            Granted = prep.Left,
            StartedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<TimeSpan> UsedTodayAsync(string mac, string? phone, CancellationToken cancellationToken)
    {
        var today = Today();
        string upper = mac.ToUpperInvariant();
        var rows = await db.TrialUsages.AsNoTracking()
            .Where(u => u.Day == today && (u.MacAddress == upper || (phone != null && u.Phone == phone)))
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var used = TimeSpan.Zero;
        foreach (var row in rows)
        {
            var elapsed = now - row.StartedAt;
            used += elapsed < TimeSpan.Zero ? TimeSpan.Zero : elapsed < row.Granted ? elapsed : row.Granted;
        }

        return used;
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
