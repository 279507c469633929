using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Trial;
using KimHotspot.Portal.Features.Village;
using KimHotspot.Portal.Features.Vouchers;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Data;

/// <summary>The village database (SQLite): members, devices, vouchers, bulletins, login attempts, admin accounts and their audit log.</summary>
public sealed class PortalDb(DbContextOptions<PortalDb> options) : DbContext(options)
{
    public DbSet<VillageSettings> Village => Set<VillageSettings>();

    public DbSet<PrivacyNotice> PrivacyNotices => Set<PrivacyNotice>();

    public DbSet<Tier> Tiers => Set<Tier>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<RememberedDevice> RememberedDevices => Set<RememberedDevice>();

    public DbSet<VoucherBatch> VoucherBatches => Set<VoucherBatch>();

    public DbSet<Voucher> Vouchers => Set<Voucher>();

    public DbSet<TrialUsage> TrialUsages => Set<TrialUsage>();

    public DbSet<Bulletin> Bulletins => Set<Bulletin>();

    public DbSet<LoginAttempt> LoginAttempts => Set<LoginAttempt>();

    public DbSet<DeviceThrottle> DeviceThrottles => Set<DeviceThrottle>();

    public DbSet<SessionRecord> SessionRecords => Set<SessionRecord>();

    public DbSet<AdminAccount> AdminAccounts => Set<AdminAccount>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Member>().HasIndex(m => m.Phone).IsUnique();
        modelBuilder.Entity<Member>().HasIndex(m => m.Username).IsUnique();
        modelBuilder.Entity<Member>().HasIndex(m => m.RouterUser).IsUnique();
        modelBuilder.Entity<RememberedDevice>().HasIndex(d => d.TokenHash).IsUnique();
        modelBuilder.Entity<Voucher>().HasIndex(v => v.Code).IsUnique();
        modelBuilder.Entity<TrialUsage>().HasIndex(t => new { t.Day, t.MacAddress });
        modelBuilder.Entity<TrialUsage>().HasIndex(t => new { t.Day, t.Phone });
        modelBuilder.Entity<DeviceThrottle>().HasIndex(t => t.MacAddress).IsUnique();
        modelBuilder.Entity<PrivacyNotice>().HasIndex(p => p.Version).IsUnique();
        modelBuilder.Entity<Bulletin>().HasIndex(b => new { b.ArchivedAt, b.Pinned });
        modelBuilder.Entity<LoginAttempt>().HasIndex(a => a.ExpiresAt);
        modelBuilder.Entity<SessionRecord>().HasIndex(s => s.At);
        modelBuilder.Entity<SessionRecord>().HasIndex(s => s.RouterUser);
        modelBuilder.Entity<AdminAccount>().HasIndex(a => a.Username).IsUnique();
        modelBuilder.Entity<AuditEntry>().HasIndex(e => e.At);
        modelBuilder.Entity<AuditEntry>().HasIndex(e => new { e.Action, e.At });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot order or compare DateTimeOffset; store UTC ticks so queries on time work in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}
