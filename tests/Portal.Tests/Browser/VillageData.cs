using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Features.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Browser;

/// <summary>Puts what a resident sees into the Portal's database: a bulletin and an active member.</summary>
internal static class VillageData
{
    public static async Task AddBulletinAsync(IServiceProvider services, string title, string body)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        db.Bulletins.Add(new Bulletin { Title = title, Body = body, Pinned = true, CreatedAt = now.AddHours(-1) });
        await db.SaveChangesAsync();
    }

    public static async Task AddActiveMemberAsync(IServiceProvider services, string name, string phone, string password)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<Member>>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var member = new Member
        {
            FullName = name,
            Phone = phone,
            Neighbourhood = "RT 02/RW 05",
            Status = MemberStatus.Active,
            CreatedAt = now,
            ApprovedAt = now,
            ConsentVersion = 1,
            ConsentAt = now,
            RouterUser = "m-browser-" + phone[^4..],
            RouterSecret = Secrets.NewToken(),
        };
        member.PasswordHash = hasher.HashPassword(member, password);
        db.Members.Add(member);
        await db.SaveChangesAsync();
    }
}
