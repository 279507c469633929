using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Features.Members;
using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Hotspot;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Admin.Members;

/// <summary>Seeds members and logins for the members-admin tests (the admin kit itself is shared and not edited).</summary>
internal static class MemberSeed
{
    public const string Password = "sandi-lama-1";

    public static Task<Tier> DefaultTierAsync(AdminKit kit) =>
        kit.WithDbAsync((db, _) => db.Tiers.OrderBy(t => t.Id).FirstAsync());

    public static Task<Tier> TierAsync(AdminKit kit, string name, string profile) => kit.WithDbAsync(async (db, _) =>
    {
        var tier = new Tier { Name = name, RouterProfile = profile, RateLimit = "512k/1M", DevicesPerMember = 1 };
        db.Tiers.Add(tier);
        await db.SaveChangesAsync();
        return tier;
    });

    public static Task<Member> MemberAsync(
        AdminKit kit, string phone, MemberStatus status, int? tierId = null, string name = "Siti Aminah", string? username = null, string place = "RT 01/RW 02") =>
        kit.WithDbAsync(async (db, services) =>
        {
            var member = new Member
            {
                FullName = name, Phone = phone, Username = username, Neighbourhood = place, Status = status, TierId = tierId,
                CreatedAt = DateTimeOffset.UtcNow, ConsentVersion = 1, ConsentAt = DateTimeOffset.UtcNow,
                RouterUser = "new-" + phone, RouterSecret = Secrets.NewToken(18),
            };
            member.PasswordHash = services.GetRequiredService<IPasswordHasher<Member>>().HashPassword(member, Password);
            db.Members.Add(member);
            await db.SaveChangesAsync();
            member.RouterUser = "m-" + member.Id;
            await db.SaveChangesAsync();
            return member;
        });

    /// <summary>The device joins the simulated hotspot and gets a login attempt (<see cref="AdminKit.JoinDeviceAsync"/>).</summary>
    public static Task<string> JoinAsync(AdminKit kit, string mac, string ip) => kit.JoinDeviceAsync(mac, ip);

    /// <summary>Logs the device in through the resident page /masuk (with its antiforgery token when the form has one).</summary>
    public static async Task<HttpResponseMessage> LogInAsync(AdminKit kit, string attempt, string login, string password = Password)
    {
        var client = kit.AnonymousClient();
        var page = await (await client.GetAsync(new Uri("/masuk?a=" + attempt, UriKind.Relative))).Content.ReadAsStringAsync();
        var fields = new Dictionary<string, string> { ["a"] = attempt, ["login"] = login, ["password"] = password };
        if (page.Contains("__RequestVerificationToken", StringComparison.Ordinal))
        {
            fields["__RequestVerificationToken"] = AdminKit.Token(page, "/masuk");
        }

        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri("/masuk", UriKind.Relative), form);
    }

    public static bool IsOnline(AdminKit kit, string user) => kit.App.Router.ActiveSessions().Any(s => s.User == user);

    public static Task<HotspotUser?> RouterUserAsync(AdminKit kit, string user) =>
        kit.App.Services.GetRequiredService<IRouterOsApi>().Hotspot().Users.FindByNameAsync(user);

    public static Task<Member?> ReloadAsync(AdminKit kit, int id) =>
        kit.WithDbAsync((db, _) => db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id));

    public static Task<List<AuditEntry>> AuditAsync(AdminKit kit, string action) =>
        kit.WithDbAsync((db, _) => db.AuditEntries.AsNoTracking().Where(a => a.Action == action).ToListAsync());

    /// <summary>Posts a handler of the member page with its antiforgery token.</summary>
    public static Task<HttpResponseMessage> ActAsync(HttpClient client, int memberId, string handler, IDictionary<string, string>? fields = null) =>
        AdminKit.PostFormAsync(client, $"/admin/anggota/{memberId}", $"/admin/anggota/{memberId}?handler={handler}",
            fields ?? new Dictionary<string, string>());
}
