using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Features.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Benchmarks;

/// <summary>Writes the village a benchmark needs straight into the running Portal's SQLite file.</summary>
internal static class PortalSeed
{
    public static async Task SeedAsync(string dataDirectory, IReadOnlyList<BenchPhone> phones, CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<PortalDb>()
            .UseSqlite($"Data Source={Path.Combine(dataDirectory, "portal.db")}")
            .Options;
        await using var db = new PortalDb(options);
        var now = DateTimeOffset.UtcNow;
        db.Bulletins.AddRange(
            new Bulletin { Title = "Kerja bakti hari Minggu", Body = "Kumpul di balai desa jam 07.00. Bawa cangkul dan karung.", Pinned = true, CreatedAt = now },
            new Bulletin { Title = "Posyandu balita", Body = "Rabu pagi di rumah Bu RT 03. Jangan lupa buku KIA.", CreatedAt = now.AddDays(-1) },
            new Bulletin { Title = "Jadwal ronda", Body = "Pos ronda RW 05: giliran bapak-bapak RT 01 dan RT 02 minggu ini.", CreatedAt = now.AddDays(-2) });

        // One PBKDF2 hash shared by every member: seeding stays fast, verifying costs the same as for distinct hashes.
        var hasher = new PasswordHasher<Member>();
        string hash = hasher.HashPassword(new Member(), BenchPhone.Password);
        foreach (var phone in phones)
        {
            var member = new Member
            {
                FullName = "Warga " + phone.Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Phone = phone.MemberPhone,
                Neighbourhood = "RT 01/RW 05",
                Status = MemberStatus.Active,
                PasswordHash = hash,
                CreatedAt = now,
                ApprovedAt = now,
                ConsentVersion = 1,
                ConsentAt = now,
                RouterUser = "m-bench-" + phone.Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                RouterSecret = Secrets.NewToken(),
            };
            member.Devices.Add(new RememberedDevice
            {
                MacAddress = phone.Mac,
                TokenHash = Secrets.Hash(phone.DeviceToken),
                CreatedAt = now,
                ExpiresAt = now.AddDays(30),
            });
            db.Members.Add(member);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
