using System.Text.RegularExpressions;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Village;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Register;

/// <summary>The result of a registration: the new member, or error keys (Indonesian texts) per form field.</summary>
public sealed record RegistrationResult(Member? Member, IReadOnlyDictionary<string, string> Errors);

/// <summary>Validates a registration and stores the new member (password hashed, consent recorded).</summary>
public sealed partial class MemberRegistration(PortalDb db, IPasswordHasher<Member> hasher, TimeProvider time)
{
    public const int MinPasswordLength = 8;

    public async Task<RegistrationResult> RegisterAsync(RegistrationForm form, PrivacyNotice? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>();
        string name = (form.FullName ?? string.Empty).Trim();
        string? phone = PhoneNumber.Normalize(form.Phone);
        string? username = string.IsNullOrWhiteSpace(form.Username) ? null : form.Username.Trim().ToLowerInvariant();
        string place = (form.Neighbourhood ?? string.Empty).Trim();
        if (name.Length is < 2 or > 100)
        {
            errors[nameof(form.FullName)] = "Tulis nama lengkap Anda.";
        }

        if (phone is null)
        {
            errors[nameof(form.Phone)] = "Nomor HP tidak valid. Contoh: 0812 3456 7890.";
        }
        else if (await db.Members.AnyAsync(m => m.Phone == phone, cancellationToken))
        {
            errors[nameof(form.Phone)] = "Nomor HP ini sudah terdaftar. Silakan masuk, atau hubungi admin KIM bila lupa kata sandi.";
        }

        if (username is not null && (!UsernamePattern().IsMatch(username) || PhoneNumber.Normalize(username) is not null))
        {
            errors[nameof(form.Username)] = "Nama pengguna 3–30 huruf kecil, angka, titik, garis bawah atau tanda hubung.";
        }
        else if (username is not null && await db.Members.AnyAsync(m => m.Username == username, cancellationToken))
        {
            errors[nameof(form.Username)] = "Nama pengguna ini sudah dipakai. Pilih yang lain.";
        }

        if (place.Length is < 1 or > 100)
        {
            errors[nameof(form.Neighbourhood)] = "Tulis RT/RW atau dusun Anda.";
        }

        if ((form.Password ?? string.Empty).Length < MinPasswordLength)
        {
            errors[nameof(form.Password)] = "Kata sandi minimal 8 karakter.";
        }
        else if (form.Password != form.ConfirmPassword)
        {
            errors[nameof(form.ConfirmPassword)] = "Ulangi kata sandi yang sama.";
        }

        if (!form.Consent)
        {
            errors[nameof(form.Consent)] = "Anda perlu menyetujui pemberitahuan privasi untuk mendaftar.";
        }

        if (errors.Count > 0)
        {
            return new RegistrationResult(null, errors);
        }

        var member = await SaveAsync(name, phone!, username, place, form.Password!, notice, cancellationToken);
        return member is null
            ? new RegistrationResult(null, new Dictionary<string, string> { [nameof(form.Phone)] = "Nomor HP ini sudah terdaftar. Silakan masuk, atau hubungi admin KIM bila lupa kata sandi." })
            : new RegistrationResult(member, errors);
    }

    private async Task<Member?> SaveAsync(
        string name, string phone, string? username, string place, string password, PrivacyNotice? notice, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var settings = await Tiers.SettingsAsync(db, cancellationToken);
        var member = new Member
        {
            FullName = name,
            Phone = phone,
            Username = username,
            Neighbourhood = place,
            CreatedAt = now,
            ConsentVersion = notice?.Version ?? 0,
            ConsentAt = now,
            RouterUser = "new-" + Secrets.NewToken(12),
            RouterSecret = Secrets.NewToken(18),
            Status = settings.AutoApprove ? MemberStatus.Active : MemberStatus.Pending,
            TierId = settings.AutoApprove ? settings.AutoApproveTierId : null,
            ApprovedAt = settings.AutoApprove ? now : null,
        };
        member.PasswordHash = hasher.HashPassword(member, password);
        db.Members.Add(member);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null; // the same phone (or username) registered a moment ago
        }

        member.RouterUser = "m-" + member.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    [GeneratedRegex("^[a-z0-9._-]{3,30}$")]
    private static partial Regex UsernamePattern();
}
