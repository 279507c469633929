using System.Net;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Vouchers;
using KimHotspot.Portal.Tests.Members;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Vouchers;

public class VoucherLoginTests
{
    private const string Mac = "AA:BB:CC:77:88:99";

    private static async Task<Voucher> SeedAsync(ResidentKit kit, Action<Tier>? tier = null, Action<Voucher>? voucher = null, Action<VoucherBatch>? batch = null)
    {
        var t = await kit.TierAsync("Voucher", tier);
        return await kit.DbAsync(async (db, _) =>
        {
            var b = new VoucherBatch { Name = "Batch 1", TierId = t.Id, Validity = TimeSpan.FromDays(1), CreatedAt = kit.Time.GetUtcNow() };
            batch?.Invoke(b);
            var v = new Voucher { Batch = b, Code = "KIM7H3PQ" };
            voucher?.Invoke(v);
            db.Vouchers.Add(v);
            await db.SaveChangesAsync();
            return v;
        });
    }

    private static Task<HttpResponseMessage> RedeemAsync(ResidentKit kit, string attempt, string code) =>
        kit.PostAsync("/voucher?a=" + attempt, "/voucher", new Dictionary<string, string> { ["a"] = attempt, ["code"] = code });

    private static async Task<string> HtmlAsync(Task<HttpResponseMessage> response) => await (await response).Content.ReadAsStringAsync();

    [Fact]
    public async Task Redeem_UnusedCodeTypedLoosely_ActivatesAndRouterListsVoucherUser()
    {
        await using var kit = await ResidentKit.StartAsync();
        var voucher = await SeedAsync(kit);
        string attempt = await kit.JoinAsync(Mac);

        var response = await RedeemAsync(kit, attempt, "  kim7-h3pq ");

        var stored = await kit.DbAsync((db, _) => db.Vouchers.SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(kit.IsActive(Mac, "v-" + voucher.Id));
        Assert.Equal(VoucherState.Active, stored.State);
        Assert.Equal(kit.Time.GetUtcNow(), stored.FirstUsedAt);
        Assert.Equal(kit.Time.GetUtcNow().AddDays(1), stored.ExpiresAt);
        Assert.Equal(Mac, stored.Devices);
    }

    [Fact]
    public async Task Redeem_AfterValidity_SaysExpired()
    {
        await using var kit = await ResidentKit.StartAsync();
        await SeedAsync(kit);
        await RedeemAsync(kit, await kit.JoinAsync(Mac), "KIM7H3PQ");
        kit.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        var html = await HtmlAsync(RedeemAsync(kit, await kit.JoinAsync(Mac), "KIM7H3PQ"));

        Assert.Contains("Masa berlaku voucher ini sudah habis.", html, StringComparison.Ordinal);
        Assert.Equal(VoucherState.Expired, await kit.DbAsync((db, _) => db.Vouchers.Select(v => v.State).SingleAsync()));
    }

    [Fact]
    public async Task Redeem_UnusedAfterUseBefore_SaysExpired()
    {
        await using var kit = await ResidentKit.StartAsync();
        await SeedAsync(kit, batch: b => b.UseBefore = kit.Time.GetUtcNow().AddHours(-1));

        var html = await HtmlAsync(RedeemAsync(kit, await kit.JoinAsync(Mac), "KIM7H3PQ"));

        Assert.Contains("Masa berlaku voucher ini sudah habis.", html, StringComparison.Ordinal);
        Assert.Empty(kit.Router.ActiveSessions());
    }

    [Fact]
    public async Task Redeem_Revoked_SaysRevoked()
    {
        await using var kit = await ResidentKit.StartAsync();
        await SeedAsync(kit, voucher: v => v.State = VoucherState.Revoked);

        var html = await HtmlAsync(RedeemAsync(kit, await kit.JoinAsync(Mac), "KIM7H3PQ"));

        Assert.Contains("Voucher ini sudah dibatalkan oleh admin KIM.", html, StringComparison.Ordinal);
        Assert.Empty(kit.Router.ActiveSessions());
    }

    [Fact]
    public async Task Redeem_RouterCountersReachedDataLimit_MarksUsedUp()
    {
        await using var kit = await ResidentKit.StartAsync();
        await SeedAsync(kit, tier: t => t.DailyDataLimitBytes = 1_000_000);
        await RedeemAsync(kit, await kit.JoinAsync(Mac), "KIM7H3PQ");
        kit.Router.AddTraffic(Mac, 200_000, 900_000); // the router ends the session: traffic limit

        var html = await HtmlAsync(RedeemAsync(kit, await kit.JoinAsync(Mac), "KIM7H3PQ"));

        Assert.Contains("Kuota voucher ini sudah habis.", html, StringComparison.Ordinal);
        Assert.Equal(VoucherState.UsedUp, await kit.DbAsync((db, _) => db.Vouchers.Select(v => v.State).SingleAsync()));
        Assert.Empty(kit.Router.ActiveSessions());
    }

    [Fact]
    public async Task Redeem_SecondDevice_RefusedWhenTierAllowsOne()
    {
        await using var kit = await ResidentKit.StartAsync();
        await SeedAsync(kit);
        await RedeemAsync(kit, await kit.JoinAsync(Mac), "KIM7H3PQ");
        const string second = "AA:BB:CC:77:88:00";

        var html = await HtmlAsync(RedeemAsync(kit, await kit.JoinAsync(second), "KIM7H3PQ"));
        var sameAgain = await RedeemAsync(kit, await kit.JoinAsync(Mac), "KIM7H3PQ");

        Assert.Contains("Voucher ini sudah dipakai di perangkat lain.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(kit.Router.ActiveSessions(), s => s.MacAddress == second);
        Assert.Equal(HttpStatusCode.Redirect, sameAgain.StatusCode);
    }

    [Fact]
    public async Task Redeem_SecondDevice_AllowedWhenTierAllowsTwo()
    {
        await using var kit = await ResidentKit.StartAsync();
        var voucher = await SeedAsync(kit, tier: t => t.DevicesPerMember = 2);
        await RedeemAsync(kit, await kit.JoinAsync(Mac), "KIM7H3PQ");
        const string second = "AA:BB:CC:77:88:00";

        var response = await RedeemAsync(kit, await kit.JoinAsync(second), "KIM7H3PQ");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(kit.IsActive(Mac, "v-" + voucher.Id));
        Assert.True(kit.IsActive(second, "v-" + voucher.Id));
    }

    [Fact]
    public async Task Redeem_ManyWrongCodes_ThrottlesDevice()
    {
        await using var kit = await ResidentKit.StartAsync();
        await SeedAsync(kit);
        string attempt = await kit.JoinAsync(Mac);
        string first = await HtmlAsync(RedeemAsync(kit, attempt, "NOPE0000"));
        for (int i = 1; i < DeviceThrottling.MaxFailures; i++)
        {
            await RedeemAsync(kit, attempt, "NOPE000" + i);
        }

        var html = await HtmlAsync(RedeemAsync(kit, attempt, "KIM7H3PQ"));

        Assert.Contains("Kode voucher tidak dikenal", first, StringComparison.Ordinal);
        Assert.Contains("Terlalu banyak percobaan dari perangkat ini", html, StringComparison.Ordinal);
        Assert.Empty(kit.Router.ActiveSessions());
    }
}
