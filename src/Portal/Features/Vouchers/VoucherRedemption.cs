using System.Globalization;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Vouchers;

/// <summary>A voucher ready to go online as <see cref="Account"/>, or a message for the resident.</summary>
public sealed record VoucherPrep(Voucher? Voucher, RouterAccount? Account, string? Message, string Reason);

/// <summary>
/// Voucher rules: Unused → Active on first use (ExpiresAt = first use + batch validity; UseBefore
/// respected) → Expired / UsedUp / Revoked. One device per code unless the tier allows more. The
/// router user "v-&lt;id&gt;" gets the tier's time and data allowance as the code's total allowance
/// (its counters start at zero with the code); validity is the Portal's own expiry check.
/// Wrong codes count against the device (<see cref="DeviceThrottling"/>).
/// </summary>
public sealed class VoucherRedemption(
    PortalDb db, DeviceThrottling throttle, RouterUsage usage, TimeProvider time, IStringLocalizer<SharedResource> t)
{
    /// <summary>Checks the code for the attempt's device. Router trouble throws (see <see cref="RouterFaults"/>).</summary>
    public async Task<VoucherPrep> PrepareAsync(LoginAttempt attempt, string? typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var now = time.GetUtcNow();
        if (await throttle.LockedUntilAsync(attempt.MacAddress, cancellationToken) is { } until)
        {
            int minutes = Math.Max(1, (int)Math.Ceiling((until - now).TotalMinutes));
            return Refuse(t["Terlalu banyak percobaan dari perangkat ini. Coba lagi dalam {0} menit.", minutes], "device-locked");
        }

        string? code = VoucherCode.Normalize(typed);
        var voucher = code is null ? null : await db.Vouchers.Include(v => v.Batch).ThenInclude(b => b!.Tier)
            .FirstOrDefaultAsync(v => v.Code == code, cancellationToken);
        if (voucher?.Batch?.Tier is not { } tier)
        {
            await throttle.RecordFailureAsync(attempt.MacAddress, cancellationToken);
            return Refuse(t["Kode voucher tidak dikenal. Periksa lagi kodenya."], "unknown");
        }

        if (StateMessage(voucher, now) is { } refused)
        {
            await db.SaveChangesAsync(cancellationToken);
            return Refuse(refused, voucher.State.ToString());
        }

        var devices = Devices(voucher);
        if (!devices.Contains(attempt.MacAddress, StringComparer.OrdinalIgnoreCase) && devices.Count >= Math.Max(1, tier.DevicesPerMember))
        {
            return Refuse(t["Voucher ini sudah dipakai di perangkat lain."], "other-device");
        }

        if (string.IsNullOrEmpty(voucher.RouterUser))
        {
            voucher.RouterUser = "v-" + voucher.Id.ToString(CultureInfo.InvariantCulture);
            voucher.RouterSecret = Secrets.NewToken(18);
        }

        var account = new RouterAccount(voucher.RouterUser, voucher.RouterSecret, tier, tier.DailyTimeLimit, tier.DailyDataLimitBytes);
        if (voucher.State == VoucherState.Active && await UsedUpAsync(voucher, account, cancellationToken))
        {
            return Refuse(t["Kuota voucher ini sudah habis."], "used-up");
        }

        await db.SaveChangesAsync(cancellationToken);
        return new VoucherPrep(voucher, account, null, "ok");
    }

    /// <summary>After the device went online: first use starts the validity; the device is noted.</summary>
    public async Task ConfirmAsync(Voucher voucher, LoginAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(voucher);
        ArgumentNullException.ThrowIfNull(attempt);
        var now = time.GetUtcNow();
        if (voucher.State == VoucherState.Unused)
        {
            voucher.State = VoucherState.Active;
            voucher.FirstUsedAt = now;
            voucher.ExpiresAt = now + voucher.Batch!.Validity;
        }

        var devices = Devices(voucher);
        if (!devices.Contains(attempt.MacAddress, StringComparer.OrdinalIgnoreCase))
        {
            devices.Add(attempt.MacAddress.ToUpperInvariant());
            voucher.Devices = string.Join(',', devices);
        }

        await db.SaveChangesAsync(cancellationToken);
        await throttle.ResetAsync(attempt.MacAddress, cancellationToken);
    }

    /// <summary>After a refused login: true (and the voucher marked UsedUp) when the router's counters reached the limits.</summary>
    public async Task<bool> UsedUpAsync(Voucher voucher, RouterAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(voucher);
        ArgumentNullException.ThrowIfNull(account);
        var used = await usage.ReadAsync(account.UserName, cancellationToken);
        if (!RouterUsage.Reached(used, account.LimitUptime, account.LimitBytesTotal))
        {
            return false;
        }

        voucher.State = VoucherState.UsedUp;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private string? StateMessage(Voucher voucher, DateTimeOffset now)
    {
        if (voucher.State == VoucherState.Unused && voucher.Batch!.UseBefore is { } useBefore && useBefore <= now
            || voucher.State == VoucherState.Active && voucher.ExpiresAt is { } expires && expires <= now)
        {
            voucher.State = VoucherState.Expired;
        }

        return voucher.State switch
        {
            VoucherState.Expired => t["Masa berlaku voucher ini sudah habis."].Value,
            VoucherState.UsedUp => t["Kuota voucher ini sudah habis."].Value,
            VoucherState.Revoked => t["Voucher ini sudah dibatalkan oleh admin KIM."].Value,
            _ => null,
        };
    }

    private static List<string> Devices(Voucher voucher) =>
        [.. voucher.Devices.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static VoucherPrep Refuse(string message, string reason) => new(null, null, message, reason);
}
