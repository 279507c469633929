using System.Text;
using KimHotspot.Portal.Features.Admin.Shared;

namespace KimHotspot.Portal.Features.Admin.Audit;

/// <summary>The audit log as CSV (UTF-8 with BOM so spreadsheet programs read it right; cells that could be formulas are defused).</summary>
public static class AuditCsv
{
    public static byte[] Write(IEnumerable<AuditEntry> entries, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var csv = new StringBuilder("time,actor,action,target,changes,before,after\r\n");
        foreach (var e in entries)
        {
            var cells = new[]
            {
                VillageTime.Format(e.At, time), e.Actor, e.Action, e.Target,
                string.Join("; ", AuditChanges.Describe(e.Before, e.After)), e.Before ?? string.Empty, e.After ?? string.Empty,
            };
            CsvText.Line(csv, cells);
        }

        return CsvText.Bytes(csv);
    }
}
