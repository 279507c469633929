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
            csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Cell(string value)
    {
        var text = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
