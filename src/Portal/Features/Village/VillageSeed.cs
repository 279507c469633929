using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Members;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Village;

/// <summary>
/// First start of an empty database: one village row, one default tier and privacy notice version 1, so the
/// splash works before a KIM admin has set anything. Runs before the server takes requests.
/// </summary>
public sealed class VillageSeed(IServiceScopeFactory scopes, TimeProvider time) : IHostedLifecycleService
{
    public const string DefaultTierProfile = "kim-anggota";

    public const string DefaultNotice =
        "Kami menyimpan nama, nomor HP, RT/RW atau dusun, dan alamat perangkat (MAC) Anda hanya di desa ini, "
        + "untuk mengatur akses Wi-Fi KIM. Data tidak dibagikan ke pihak lain. Anda dapat meminta pengurus KIM "
        + "menghapus data Anda kapan saja (UU 27/2022 tentang Pelindungan Data Pribadi).";

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        var now = time.GetUtcNow();
        if (!await db.Tiers.AnyAsync(cancellationToken))
        {
            db.Tiers.Add(new Tier
            {
                Name = "Anggota",
                RouterProfile = DefaultTierProfile,
                RateLimit = "1M/2M",
                SessionTimeout = TimeSpan.FromHours(4),
                DailyTimeLimit = TimeSpan.FromHours(4),
                DevicesPerMember = 2,
            });
        }

        if (!await db.PrivacyNotices.AnyAsync(cancellationToken))
        {
            db.PrivacyNotices.Add(new PrivacyNotice { Version = 1, Text = DefaultNotice, PublishedAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        if (!await db.Village.AnyAsync(cancellationToken))
        {
            var tier = await db.Tiers.OrderBy(t => t.Id).FirstAsync(cancellationToken);
            db.Village.Add(new VillageSettings
            {
                VillageName = "Desa Sukamaju",
                KimName = "KIM Sukamaju",
                TrialTierId = tier.Id,
                AutoApproveTierId = tier.Id,
            });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
