using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Members;

/// <summary>The outcome of checking a member's credentials: the member, or a message for the resident.</summary>
public sealed record SignInCheck(Member? Member, string? Message);

/// <summary>
/// Checks a phone number (or username) and password: throttled per device and per account
/// (<see cref="MaxFailures"/> wrong passwords lock the account for <see cref="LockTime"/>). The
/// message never tells whether a phone number is registered; unknown accounts cost the same hash work.
/// </summary>
public sealed class MemberSignIn(
    PortalDb db, IPasswordHasher<Member> hasher, DeviceThrottling throttle, TimeProvider time, IStringLocalizer<SharedResource> t)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan LockTime = TimeSpan.FromMinutes(15);

    private static string? _dummyHash;

    public async Task<SignInCheck> CheckAsync(LoginAttempt attempt, string? login, string? password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var now = time.GetUtcNow();
        if (await throttle.LockedUntilAsync(attempt.MacAddress, cancellationToken) is { } deviceUntil)
        {
            return Refuse(t["Terlalu banyak percobaan dari perangkat ini. Coba lagi dalam {0} menit.", Minutes(deviceUntil - now)]);
        }

        var member = await FindAsync(login, cancellationToken);
        if (member is null)
        {
            _ = hasher.VerifyHashedPassword(new Member(), _dummyHash ??= hasher.HashPassword(new Member(), Secrets.NewToken()), password ?? string.Empty);
            await throttle.RecordFailureAsync(attempt.MacAddress, cancellationToken);
            return Refuse(t["Nomor HP/nama pengguna atau kata sandi salah."]);
        }

        if (member.LockedUntil is { } until && until > now)
        {
            await throttle.RecordFailureAsync(attempt.MacAddress, cancellationToken);
            return Refuse(t["Terlalu banyak percobaan gagal. Akun ini dikunci sementara; coba lagi dalam {0} menit.", Minutes(until - now)]);
        }

        var verdict = hasher.VerifyHashedPassword(member, member.PasswordHash, password ?? string.Empty);
        if (verdict == PasswordVerificationResult.Failed)
        {
            return await FailAsync(member, attempt, now, cancellationToken);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            member.PasswordHash = hasher.HashPassword(member, password!);
        }

        member.FailedLogins = 0;
        member.LockedUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        await throttle.ResetAsync(attempt.MacAddress, cancellationToken);
        return StateMessage(member, now) is { } refused ? Refuse(refused) : new SignInCheck(member, null);
    }

    /// <summary>Why this member may not go online now (pending, blocked, rejected, expired), or null.</summary>
    public string? StateMessage(Member member, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.Status switch
        {
            MemberStatus.Pending => t["Pendaftaran Anda masih menunggu persetujuan admin KIM."].Value,
            MemberStatus.Blocked => t["Akun Anda diblokir oleh admin KIM. Silakan hubungi pengurus KIM."].Value,
            MemberStatus.Rejected => t["Pendaftaran Anda ditolak oleh admin KIM. Silakan hubungi pengurus KIM."].Value,
            MemberStatus.Expired => t["Keanggotaan Anda sudah berakhir. Silakan hubungi admin KIM untuk memperpanjang."].Value,
            _ when member.ExpiresAt is { } end && end <= now =>
                t["Keanggotaan Anda sudah berakhir. Silakan hubungi admin KIM untuk memperpanjang."].Value,
            _ => null,
        };
    }

    private async Task<SignInCheck> FailAsync(Member member, LoginAttempt attempt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (member.LockedUntil is not null)
        {
            member.FailedLogins = 0; // the previous lock is over: a fresh count
            member.LockedUntil = null;
        }

        member.FailedLogins++;
        if (member.FailedLogins >= MaxFailures)
        {
            member.LockedUntil = now + LockTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        await throttle.RecordFailureAsync(attempt.MacAddress, cancellationToken);
        return member.LockedUntil is { } until
            ? Refuse(t["Terlalu banyak percobaan gagal. Akun ini dikunci sementara; coba lagi dalam {0} menit.", Minutes(until - now)])
            : Refuse(t["Nomor HP/nama pengguna atau kata sandi salah."]);
    }

    private async Task<Member?> FindAsync(string? login, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(login) || login.Length > 100)
        {
            return null;
        }

        if (PhoneNumber.Normalize(login) is { } phone)
        {
            return await db.Members.Include(m => m.Tier).FirstOrDefaultAsync(m => m.Phone == phone, cancellationToken);
        }

        string name = login.Trim().ToLowerInvariant();
        return await db.Members.Include(m => m.Tier).FirstOrDefaultAsync(m => m.Username == name, cancellationToken);
    }

    private static SignInCheck Refuse(string message) => new(null, message);

    private static int Minutes(TimeSpan left) => Math.Max(1, (int)Math.Ceiling(left.TotalMinutes));
}
