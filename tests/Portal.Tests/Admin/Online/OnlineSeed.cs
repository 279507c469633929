using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Vouchers;
using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Hotspot;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Admin.Online;

/// <summary>Puts a member, a voucher and a trial device online on the simulated router, as the Portal would.</summary>
internal static class OnlineSeed
{
    public const string MemberMac = "AA:BB:CC:01:02:0A";
    public const string VoucherMac = "AA:BB:CC:01:02:0B";
    public const string TrialMac = "AA:BB:CC:01:02:0C";
    public const string VoucherCode = "KMX7P4QZ";

    public static async Task<(string MemberUser, string VoucherUser, string TrialUser)> ThreeOnlineAsync(AdminKit kit)
    {
        kit.App.Router.SyntheticTraffic = false; // byte counts exactly as added below
        var (memberUser, voucherUser) = await kit.WithDbAsync(async (db, _) =>
        {
            var tier = db.Tiers.OrderBy(t => t.Id).First();
            var member = new Member
            {
                FullName = "Siti Aminah", Phone = "6281200000001", Neighbourhood = "RT 01", Status = MemberStatus.Active,
                CreatedAt = DateTimeOffset.UtcNow, RouterUser = "m-tmp", RouterSecret = "x", ConsentVersion = 1, ConsentAt = DateTimeOffset.UtcNow,
            };
            var batch = new VoucherBatch { Name = "Pasar Minggu", TierId = tier.Id, Validity = TimeSpan.FromHours(1), CreatedAt = DateTimeOffset.UtcNow };
            var voucher = new Voucher { Batch = batch, Code = VoucherCode, RouterUser = "v-tmp", RouterSecret = "y" };
            db.Members.Add(member);
            db.Vouchers.Add(voucher);
            await db.SaveChangesAsync();
            member.RouterUser = "m-" + member.Id;
            voucher.RouterUser = "v-" + voucher.Id;
            await db.SaveChangesAsync();
            return (member.RouterUser, voucher.RouterUser);
        });
        string trialUser = "tr-" + TrialMac.Replace(":", string.Empty, StringComparison.Ordinal);
        await LogInAsync(kit, memberUser, MemberMac, "10.5.50.10", null);
        await LogInAsync(kit, voucherUser, VoucherMac, "10.5.50.11", null);
        await LogInAsync(kit, trialUser, TrialMac, "10.5.50.12", TimeSpan.FromMinutes(15));
        kit.App.Router.AddTraffic(MemberMac, 3 * 1024 * 1024, 50L * 1024 * 1024);
        return (memberUser, voucherUser, trialUser);
    }

    /// <summary>Creates the router user and logs the device in through the router API.</summary>
    public static async Task LogInAsync(AdminKit kit, string user, string mac, string ip, TimeSpan? limitUptime)
    {
        var api = kit.App.Services.GetRequiredService<IRouterOsApi>();
        await api.Hotspot().Users.EnsureAsync(new HotspotUserSettings
        {
            Name = user, Password = "secret-" + user, Profile = "default", LimitUptime = limitUptime ?? TimeSpan.Zero,
        });
        kit.App.Router.JoinDevice(mac, ip);
        await api.Hotspot().Active.LoginAsync(user, "secret-" + user, ip, mac);
    }
}
