using KimHotspot.Central.Bulletins;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Data;

public sealed partial class CentralDb
{
    public DbSet<CityBulletin> CityBulletins => Set<CityBulletin>();
}
