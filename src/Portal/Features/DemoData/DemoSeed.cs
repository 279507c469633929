using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Admin.Bulletins;
using KimHotspot.Portal.Features.Admin.Members;
using KimHotspot.Portal.Features.Admin.Vouchers;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Register;
using KimHotspot.Portal.Features.Village;
using KimHotspot.Portal.Features.Vouchers;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.DemoData;

/// <summary>Each part of the demo data, added only when absent, through the code the resident and admin pages use.</summary>
internal sealed class DemoSeed(
    PortalDb db, AuditLog audit, MemberRegistration registration, MemberActions actions, VoucherGenerator vouchers, TimeProvider time)
{
    /// <summary>Names the village after the demo, unless a KIM admin has renamed it since the first-start seed.</summary>
    public async Task<VillageSettings> VillageAsync(CancellationToken cancellationToken)
    {
        var village = await db.Village.OrderBy(v => v.Id).FirstAsync(cancellationToken);
        if (village.KimName == "KIM Sukamaju")
        {
            var before = new { village.VillageName, village.KimName };
            village.VillageName = DemoContent.VillageName;
            village.KimName = DemoContent.KimName;
            audit.Add(db, "settings.update", "village", before, new { village.VillageName, village.KimName }, DemoDataCommand.Actor);
            await db.SaveChangesAsync(cancellationToken);
        }

        return village;
    }

    /// <summary>Adds the demo bulletins whose titles are not there yet; returns how many were added.</summary>
    public async Task<int> BulletinsAsync(CancellationToken cancellationToken)
    {
        var titles = await db.Bulletins.Select(b => b.Title).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var added = 0;
        foreach (var (title, body, pinned) in DemoContent.Bulletins.Where(b => !titles.Contains(b.Title)))
        {
            var bulletin = new Bulletin
            {
                Title = title, Body = body, Pinned = pinned, Audience = BulletinAudience.Everyone,
                CreatedAt = now.AddMinutes(-10 * ++added), Author = DemoDataCommand.Actor,
            };
            db.Bulletins.Add(bulletin);
            await db.SaveChangesAsync(cancellationToken);
            audit.Add(db, "bulletin.create", BulletinAudit.Target(bulletin), null, BulletinAudit.Snapshot(bulletin), DemoDataCommand.Actor);
            await db.SaveChangesAsync(cancellationToken);
        }

        return added;
    }

    /// <summary>The demo member, registered and approved when absent; a new password either way (shown once).</summary>
    public async Task<(Member Member, string Password, bool Created)> MemberAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Members.Include(m => m.Tier).FirstOrDefaultAsync(m => m.Username == DemoContent.MemberUsername, cancellationToken);
        if (existing is not null)
        {
            return (existing, await actions.ResetPasswordAsync(existing, cancellationToken), false);
        }

        var password = MemberPasswords.New();
        var notice = await db.PrivacyNotices.OrderByDescending(n => n.Version).FirstOrDefaultAsync(cancellationToken);
        var result = await registration.RegisterAsync(new RegistrationForm
        {
            FullName = DemoContent.MemberName, Phone = DemoContent.MemberPhone, Username = DemoContent.MemberUsername,
            Neighbourhood = DemoContent.MemberPlace, Password = password, ConfirmPassword = password, Consent = true,
        }, notice, cancellationToken);
        var member = result.Member ?? throw new InvalidOperationException(
            "The demo member could not register: " + string.Join("; ", result.Errors.Values));
        if (member.Status != MemberStatus.Active)
        {
            var settings = await Tiers.SettingsAsync(db, cancellationToken);
            await actions.ApproveAsync(member, await Tiers.FindOrDefaultAsync(db, settings.AutoApproveTierId, cancellationToken), cancellationToken);
        }

        return (member, password, true);
    }

    /// <summary>The demo voucher batch (generated when absent) and its unused codes.</summary>
    public async Task<(VoucherBatch Batch, List<string> Codes)> VouchersAsync(CancellationToken cancellationToken)
    {
        var batch = await db.VoucherBatches.FirstOrDefaultAsync(b => b.Name == DemoContent.BatchName, cancellationToken);
        if (batch is null)
        {
            var tier = await Tiers.FindOrDefaultAsync(db, null, cancellationToken);
            batch = await vouchers.GenerateAsync(
                new BatchRequest(DemoContent.BatchName, DemoContent.BatchCount, tier.Id, DemoContent.BatchValidity, null, VoucherAlphabet.DefaultLength),
                DemoDataCommand.Actor, cancellationToken);
        }

        var codes = await db.Vouchers.Where(v => v.BatchId == batch.Id && v.State == VoucherState.Unused)
            .OrderBy(v => v.Id).Select(v => v.Code).ToListAsync(cancellationToken);
        return (batch, codes);
    }
}
