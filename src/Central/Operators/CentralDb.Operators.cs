using KimHotspot.Central.Operators;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Data;

public sealed partial class CentralDb
{
    public DbSet<Operator> Operators => Set<Operator>();

    public DbSet<OperatorAudit> OperatorAudits => Set<OperatorAudit>();
}
