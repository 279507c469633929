using KimHotspot.Central.Ingest;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Data;

public sealed partial class CentralDb
{
    public DbSet<ReceivedReport> ReceivedReports => Set<ReceivedReport>();
}
