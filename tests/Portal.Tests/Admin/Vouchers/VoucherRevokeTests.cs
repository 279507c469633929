using System.Net;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Vouchers;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Admin.Vouchers;

public class VoucherRevokeTests
{
    private const string Mac = "AA:BB:CC:11:22:33";

    [Fact]
    public async Task RevokeOne_ActiveCode_RevokedAndRouterSessionLoggedOut()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        var batchId = await VoucherAdminKit.GenerateBatchAsync(kit, admin, 3);
        var voucher = (await VoucherAdminKit.VouchersAsync(kit, batchId))[0];
        using var resident = VoucherAdminKit.ResidentClient(kit);
        var redeemed = await VoucherAdminKit.RedeemAsync(resident, await VoucherAdminKit.JoinAsync(kit, Mac, "10.5.50.21"), voucher.Code);
        Assert.Equal(HttpStatusCode.Redirect, redeemed.StatusCode);
        Assert.Contains(kit.App.Router.ActiveSessions(), s => s.User == voucher.RouterUser);

        var url = $"/admin/voucher/{batchId}/batalkan?voucher={voucher.Id}";
        var confirm = await admin.GetStringAsync(new Uri(url, UriKind.Relative));
        var response = await AdminKit.PostFormAsync(admin, url, url, new Dictionary<string, string> { ["voucher"] = voucher.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Contains("Ya, batalkan", confirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/voucher/{batchId}", response.Headers.Location!.OriginalString);
        var stored = (await VoucherAdminKit.VouchersAsync(kit, batchId))[0];
        Assert.Equal(VoucherState.Revoked, stored.State);
        Assert.NotNull(stored.RevokedAt);
        Assert.DoesNotContain(kit.App.Router.ActiveSessions(), s => s.User == voucher.RouterUser);
        var page = await admin.GetStringAsync(response.Headers.Location);
        Assert.Contains("1 kode voucher dibatalkan. 1 sesi yang sedang aktif diputus.", page, StringComparison.Ordinal);
        var entry = await kit.WithDbAsync((db, _) => db.AuditEntries.SingleAsync(e => e.Action == "voucher.revoke"));
        Assert.Equal($"voucher:{voucher.Id}", entry.Target);
        Assert.Contains("\"State\":1", entry.Before, StringComparison.Ordinal); // Active
        Assert.Contains("\"State\":4", entry.After, StringComparison.Ordinal); // Revoked
        Assert.DoesNotContain(voucher.Code, entry.Before + entry.After, StringComparison.Ordinal);
        Assert.Contains(voucher.Code[^3..], entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokeOne_ThenResidentLogin_Refused()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        var batchId = await VoucherAdminKit.GenerateBatchAsync(kit, admin, 2);
        var voucher = (await VoucherAdminKit.VouchersAsync(kit, batchId))[1];
        var url = $"/admin/voucher/{batchId}/batalkan?voucher={voucher.Id}";
        await AdminKit.PostFormAsync(admin, url, url, new Dictionary<string, string>());
        using var resident = VoucherAdminKit.ResidentClient(kit);

        var response = await VoucherAdminKit.RedeemAsync(resident, await VoucherAdminKit.JoinAsync(kit, Mac, "10.5.50.22"), voucher.Code);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Voucher ini sudah dibatalkan oleh admin KIM.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(kit.App.Router.ActiveSessions());
    }

    [Fact]
    public async Task RevokeUnused_RevokesOnlyUnused_KeepsActiveSession_Audited()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        var batchId = await VoucherAdminKit.GenerateBatchAsync(kit, admin, 4);
        var active = (await VoucherAdminKit.VouchersAsync(kit, batchId))[0];
        using var resident = VoucherAdminKit.ResidentClient(kit);
        await VoucherAdminKit.RedeemAsync(resident, await VoucherAdminKit.JoinAsync(kit, Mac, "10.5.50.23"), active.Code);
        var url = $"/admin/voucher/{batchId}/batalkan";

        var confirm = await admin.GetStringAsync(new Uri(url, UriKind.Relative));
        var response = await AdminKit.PostFormAsync(admin, url, url, new Dictionary<string, string>());

        Assert.Contains("Batalkan 3 kode yang belum dipakai", confirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var states = (await VoucherAdminKit.VouchersAsync(kit, batchId)).Select(v => v.State).ToList();
        Assert.Equal([VoucherState.Active, VoucherState.Revoked, VoucherState.Revoked, VoucherState.Revoked], states);
        Assert.Contains(kit.App.Router.ActiveSessions(), s => s.User == active.RouterUser);
        var entry = await kit.WithDbAsync((db, _) => db.AuditEntries.SingleAsync(e => e.Action == "voucher.revoke-unused"));
        Assert.Equal($"voucher-batch:{batchId}", entry.Target);
        Assert.Contains("\"Count\":3", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokeGet_OnlyShowsConfirmation_ChangesNothing()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        var batchId = await VoucherAdminKit.GenerateBatchAsync(kit, admin, 2);

        var response = await admin.GetAsync(new Uri($"/admin/voucher/{batchId}/batalkan", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(await VoucherAdminKit.VouchersAsync(kit, batchId), v => Assert.Equal(VoucherState.Unused, v.State));
        Assert.False(await kit.WithDbAsync((db, _) => db.AuditEntries.AnyAsync(e => e.Action.StartsWith("voucher.revoke"))));
    }

    [Fact]
    public async Task RevokeOne_RouterDown_StillRevokedWithClearMessage()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        var batchId = await VoucherAdminKit.GenerateBatchAsync(kit, admin, 1);
        var voucher = (await VoucherAdminKit.VouchersAsync(kit, batchId))[0];
        using var resident = VoucherAdminKit.ResidentClient(kit);
        await VoucherAdminKit.RedeemAsync(resident, await VoucherAdminKit.JoinAsync(kit, Mac, "10.5.50.24"), voucher.Code);
        var url = $"/admin/voucher/{batchId}/batalkan?voucher={voucher.Id}";
        var page = await admin.GetStringAsync(new Uri(url, UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = AdminKit.Token(page, url) });
        kit.App.Router.Faults.FatalNext = "router going down"; // the next command fails and the connection drops

        var response = await admin.PostAsync(new Uri(url, UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(VoucherState.Revoked, (await VoucherAdminKit.VouchersAsync(kit, batchId))[0].State);
        var after = await admin.GetStringAsync(new Uri(response.Headers.Location!.OriginalString, UriKind.Relative));
        Assert.Contains("Router tidak bisa dihubungi", after, StringComparison.Ordinal);
    }
}
