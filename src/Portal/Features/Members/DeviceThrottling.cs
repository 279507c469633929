using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Login;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Members;

/// <summary>
/// Failed password or voucher attempts per device (MAC), kept in <see cref="DeviceThrottle"/> rows:
/// <see cref="MaxFailures"/> failures within <see cref="Window"/> lock the device for <see cref="LockTime"/>.
/// </summary>
public sealed class DeviceThrottling(PortalDb db, TimeProvider time)
{
    public const int MaxFailures = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan LockTime = TimeSpan.FromMinutes(15);

    /// <summary>When the device may try again, or null when it may try now.</summary>
    public async Task<DateTimeOffset?> LockedUntilAsync(string mac, CancellationToken cancellationToken)
    {
        var row = await db.DeviceThrottles.AsNoTracking().FirstOrDefaultAsync(t => t.MacAddress == mac, cancellationToken);
        return row?.LockedUntil is { } until && until > time.GetUtcNow() ? until : null;
    }

    /// <summary>Counts one failure; returns the lock end when this failure locked the device.</summary>
    public async Task<DateTimeOffset?> RecordFailureAsync(string mac, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var row = await db.DeviceThrottles.FirstOrDefaultAsync(t => t.MacAddress == mac, cancellationToken);
        if (row is null)
        {
            row = new DeviceThrottle { MacAddress = mac, WindowStart = now };
            db.DeviceThrottles.Add(row);
        }
        else if (now - row.WindowStart > Window || row.LockedUntil is { } ended && ended <= now)
        {
            row.Failures = 0;
            row.WindowStart = now;
            row.LockedUntil = null;
        }

        row.Failures++;
        if (row.Failures >= MaxFailures)
        {
            row.LockedUntil = now + LockTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        return row.LockedUntil;
    }

    /// <summary>A success: the device starts afresh.</summary>
    public async Task ResetAsync(string mac, CancellationToken cancellationToken)
    {
        var row = await db.DeviceThrottles.FirstOrDefaultAsync(t => t.MacAddress == mac, cancellationToken);
        if (row is not null)
        {
            db.DeviceThrottles.Remove(row);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
