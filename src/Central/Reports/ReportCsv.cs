using System.Globalization;
using System.Text;

namespace KimHotspot.Central.Reports;

/// <summary>
/// A month's report as CSV for Excel in Indonesia: UTF-8 with a byte-order mark, <c>;</c> between cells, CRLF line
/// ends, decimals with a comma (<c>99,5</c>), whole numbers without grouping. Cells holding <c>;</c>, quotes or line
/// breaks are quoted; a text cell that starts with <c>= + - @</c>, tab or CR gets a leading apostrophe, so a village name
/// cannot become a formula.
/// </summary>
public static class ReportCsv
{
    public const char Separator = ';';
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CultureInfo Decimals = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>The header texts (localizer keys), in column order.</summary>
    public static readonly string[] Columns =
    [
        "Kode desa", "Nama desa", "Kecamatan", "Jam periode", "Uptime (%)", "Jam padam",
        "Byte masuk", "Byte keluar", "Sesi", "Pengguna puncak", "Perangkat maks/hari", "Perangkat rata-rata/hari", "Router restart",
    ];

    /// <summary>The CSV bytes (BOM included); <paramref name="header"/> gives each column's text.</summary>
    public static byte[] Write(MonthlyReport report, Func<string, string> header)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(header);
        var text = new StringBuilder();
        Line(text, Columns.Select(c => Text(header(c))));
        foreach (var s in report.Sites)
        {
            Line(text,
            [
                Text(s.SiteId), Text(s.Name), Text(s.Kecamatan), Number(s.PeriodHours),
                s.Uptime is { } u ? Number(u * 100, "0.00") : "", Number(s.OutageHours), Whole(s.BytesIn), Whole(s.BytesOut),
                Whole(s.Sessions), Whole(s.PeakUsers), Whole(s.DevicesMaxPerDay), Number(s.DevicesAveragePerDay), Whole(s.Reboots),
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>A text cell: guarded against formulas, quoted when needed.</summary>
    public static string Text(string? value)
    {
        var cell = value ?? "";
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            cell = "'" + cell;
        }

        return cell.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    private static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value, string format = "0.0") => value.ToString(format, Decimals);

    private static void Line(StringBuilder text, IEnumerable<string> cells) => text.AppendJoin(Separator, cells).Append("\r\n");
}
