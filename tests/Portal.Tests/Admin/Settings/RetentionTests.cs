using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Admin.Settings;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Trial;
using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Hotspot;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Admin.Settings;

public sealed class RetentionTests
{
    /// <summary>Seeds old and recent rows around the default limits (90 days history, 365 days inactive members).</summary>
    private static async Task<Dictionary<string, int>> SeedAsync(AdminKit kit)
    {
        var now = DateTimeOffset.UtcNow;
        var ids = await kit.WithDbAsync(async (db, _) =>
        {
            Member M(string name, MemberStatus status, int createdDaysAgo, int? lastLoginDaysAgo, string phone) => new()
            {
                FullName = name, Phone = phone, Status = status, CreatedAt = now.AddDays(-createdDaysAgo),
                LastLoginAt = lastLoginDaysAgo is { } d ? now.AddDays(-d) : null, RouterUser = "tmp-" + phone, RouterSecret = "s",
            };
            var members = new Dictionary<string, Member>
            {
                ["active"] = M("Aktif Lama", MemberStatus.Active, 800, 500, "6281000000001"),
                ["rejectedOld"] = M("Ditolak Lama", MemberStatus.Rejected, 400, null, "6281000000002"),
                ["rejectedNew"] = M("Ditolak Baru", MemberStatus.Rejected, 10, null, "6281000000003"),
                ["blockedOld"] = M("Diblokir Lama", MemberStatus.Blocked, 800, 400, "6281000000004"),
                ["expiredSeen"] = M("Berakhir Baru", MemberStatus.Expired, 800, 10, "6281000000005"),
                ["pendingOld"] = M("Menunggu Lama", MemberStatus.Pending, 400, null, "6281000000006"),
            };
            db.Members.AddRange(members.Values);
            await db.SaveChangesAsync();
            foreach (var m in members.Values)
            {
                m.RouterUser = "m-" + m.Id;
            }

            RememberedDevice D(Member m, string hash, int expiresInDays, int? revokedDaysAgo) => new()
            {
                MemberId = m.Id, MacAddress = "AA:BB:CC:00:00:01", TokenHash = hash, CreatedAt = now.AddDays(-200),
                ExpiresAt = now.AddDays(expiresInDays), RevokedAt = revokedDaysAgo is { } r ? now.AddDays(-r) : null,
            };
            db.RememberedDevices.AddRange(
                D(members["active"], "expired-long-ago", -91, null),
                D(members["active"], "revoked-long-ago", 10, 100),
                D(members["active"], "revoked-recently", 10, 1),
                D(members["active"], "valid", 10, null),
                D(members["blockedOld"], "of-a-purged-member", 10, null));
            SessionRecord S(string user, int daysAgo) => new() { At = now.AddDays(-daysAgo), Method = "member", RouterUser = user, MacAddress = "AA:BB:CC:00:00:02", IpAddress = "10.5.50.2" };
            db.SessionRecords.AddRange(S("m-" + members["active"].Id, 91), S("m-" + members["active"].Id, 89), S("m-" + members["blockedOld"].Id, 1));
            TrialUsage T(int daysAgo, string mac) => new() { Day = DateOnly.FromDateTime(now.AddDays(-daysAgo).UtcDateTime), MacAddress = mac, Granted = TimeSpan.FromMinutes(15), StartedAt = now.AddDays(-daysAgo) };
            db.TrialUsages.AddRange(T(91, "AA:00:00:00:00:01"), T(1, "AA:00:00:00:00:02"));
            db.DeviceThrottles.AddRange(
                new DeviceThrottle { MacAddress = "AA:00:00:00:00:11", Failures = 3, WindowStart = now.AddDays(-91) },
                new DeviceThrottle { MacAddress = "AA:00:00:00:00:12", Failures = 9, WindowStart = now.AddDays(-91), LockedUntil = now.AddDays(-1) },
                new DeviceThrottle { MacAddress = "AA:00:00:00:00:13", Failures = 1, WindowStart = now.AddDays(-1) });
            db.AuditEntries.AddRange(
                new AuditEntry { At = now.AddDays(-366), Actor = "old", Action = "member.approve", Target = "member:1" },
                new AuditEntry { At = now.AddDays(-364), Actor = "recent", Action = "member.approve", Target = "member:1" });
            await db.SaveChangesAsync();
            return members.ToDictionary(p => p.Key, p => p.Value.Id);
        });
        var api = kit.App.Services.GetRequiredService<IRouterOsApi>();
        await api.Hotspot().Users.EnsureAsync(new HotspotUserSettings { Name = "m-" + ids["blockedOld"], Password = "p", Profile = "default" });
        await api.Hotspot().Users.EnsureAsync(new HotspotUserSettings { Name = "m-" + ids["active"], Password = "p", Profile = "default" });
        return ids;
    }

    [Fact]
    public async Task RunOnce_SeededOldAndRecent_DeletesExactlyTheOldAndAudits()
    {
        await using var kit = await AdminKit.StartAsync();
        var ids = await SeedAsync(kit);
        var job = kit.App.Services.GetRequiredService<RetentionJob>();

        var counts = await job.RunOnceAsync();

        Assert.Equal(new RetentionCounts(SessionRecords: 2, TrialUsages: 1, DeviceThrottles: 1, RememberedDevices: 3, Members: 2, MembersDeferred: 0, AuditEntries: 1), counts);
        var left = await kit.WithDbAsync(async (db, _) => (
            Members: await db.Members.Select(m => m.Id).ToListAsync(),
            Devices: await db.RememberedDevices.Select(d => d.TokenHash).ToListAsync(),
            Sessions: await db.SessionRecords.CountAsync(),
            Trials: await db.TrialUsages.Select(t => t.MacAddress).ToListAsync(),
            Throttles: await db.DeviceThrottles.Select(t => t.MacAddress).ToListAsync(),
            Audit: await db.AuditEntries.ToListAsync()));
        Assert.Equal(new[] { ids["active"], ids["rejectedNew"], ids["expiredSeen"], ids["pendingOld"] }.Order(), left.Members.Order());
        Assert.Equal(["revoked-recently", "valid"], left.Devices.Order());
        Assert.Equal(1, left.Sessions);
        Assert.Equal(["AA:00:00:00:00:02"], left.Trials);
        Assert.Equal(["AA:00:00:00:00:12", "AA:00:00:00:00:13"], left.Throttles.Order());
        Assert.DoesNotContain(left.Audit, e => e.Actor == "old");
        var purge = Assert.Single(left.Audit, e => e.Action == "retention.purge");
        Assert.Equal("system", purge.Actor);
        Assert.Contains("\"Members\":2", purge.After, StringComparison.Ordinal);
        var users = kit.App.Services.GetRequiredService<IRouterOsApi>().Hotspot().Users;
        Assert.Null(await users.FindByNameAsync("m-" + ids["blockedOld"]));
        Assert.NotNull(await users.FindByNameAsync("m-" + ids["active"]));
    }

    [Fact]
    public async Task RunOnce_RouterSilent_MemberKeptThenPurgedNextRun()
    {
        await using var kit = await AdminKit.StartAsync(new Dictionary<string, string?> { ["Router:CommandTimeout"] = "00:00:01" });
        var ids = await SeedAsync(kit);
        var job = kit.App.Services.GetRequiredService<RetentionJob>();

        kit.App.Router.Faults.Silence = true;
        var first = await job.RunOnceAsync();
        kit.App.Router.Faults.Silence = false;
        bool keptAfterFirst = await kit.WithDbAsync((db, _) => db.Members.AnyAsync(m => m.Id == ids["blockedOld"]));
        var second = await job.RunOnceAsync();

        Assert.Equal(2, first.MembersDeferred);
        Assert.Equal(0, first.Members);
        Assert.Equal(1, first.SessionRecords); // the old history still went; the purged member's rows wait with it
        Assert.True(keptAfterFirst);
        Assert.Equal(2, second.Members);
        Assert.Equal(0, second.MembersDeferred);
        Assert.False(await kit.WithDbAsync((db, _) => db.Members.AnyAsync(m => m.Id == ids["blockedOld"])));
    }

    [Fact]
    public async Task RunNowButton_Confirmed_RunsAndAuditsWithAdminAsActor()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);

        var unconfirmed = await AdminKit.PostFormAsync(admin, "/admin/pengaturan", "/admin/pengaturan?handler=Retention", new Dictionary<string, string>());
        var response = await AdminKit.PostFormAsync(admin, "/admin/pengaturan", "/admin/pengaturan?handler=Retention", new Dictionary<string, string> { ["confirm"] = "true" });

        Assert.Contains("Ya, hapus data lama sekarang", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var entry = await kit.WithDbAsync((db, _) => db.AuditEntries.SingleAsync(e => e.Action == "retention.purge"));
        Assert.StartsWith("admin-", entry.Actor, StringComparison.Ordinal);
        Assert.Contains("Pembersihan selesai", await admin.GetStringAsync(new Uri("/admin/pengaturan", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-28T01:00:00+07:00", "2026-11-28T02:30:00+07:00")]
    [InlineData("2026-11-28T02:30:00+07:00", "2026-11-29T02:30:00+07:00")]
    [InlineData("2026-11-28T23:59:00+07:00", "2026-11-29T02:30:00+07:00")]
    public void NightlySchedule_Next_IsTheNextHalfPastTwoVillageTime(string now, string expected)
    {
        var wib = TimeZoneInfo.CreateCustomTimeZone("WIB", TimeSpan.FromHours(7), "WIB", "WIB");

        var next = NightlySchedule.Next(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), wib, RetentionJob.RunAt);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }
}
