using KimHotspot.Central.Alerts;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Data;

public sealed partial class CentralDb
{
    public DbSet<Alert> Alerts => Set<Alert>();

    public DbSet<AlertDelivery> AlertDeliveries => Set<AlertDelivery>();
}
