using System.Text;

namespace KimHotspot.Portal.Features.Admin.Shared;

/// <summary>CSV downloads that Excel and LibreOffice open safely: RFC 4180 quoting, UTF-8 with a byte-order mark.</summary>
public static class CsvText
{
    /// <summary>One cell: a leading <c>= + - @</c>, tab or CR gets a <c>'</c> (a spreadsheet would run it as a formula), then quoted when needed.</summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n;") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>Appends one line of cells, ended by CRLF.</summary>
    public static void Line(StringBuilder csv, IEnumerable<string> cells)
    {
        ArgumentNullException.ThrowIfNull(csv);
        csv.AppendJoin(',', cells.Select(Field)).Append("\r\n");
    }

    /// <summary>The file's bytes: UTF-8 with a byte-order mark, so spreadsheets read the text as UTF-8.</summary>
    public static byte[] Bytes(StringBuilder csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }
}
