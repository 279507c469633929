using KimHotspot.Central.Sites;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Data;

public sealed partial class CentralDb
{
    public DbSet<Site> Sites => Set<Site>();

    public DbSet<SiteKey> SiteKeys => Set<SiteKey>();
}
