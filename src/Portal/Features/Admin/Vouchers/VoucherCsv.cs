using System.Text;
using KimHotspot.Portal.Features.Admin.Shared;
using KimHotspot.Portal.Features.Vouchers;
using KimHotspot.Portal.Localization;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Vouchers;

/// <summary>A batch's codes as CSV for a spreadsheet: RFC 4180 quoting, UTF-8 with a byte-order mark (so Excel reads it as UTF-8).</summary>
public static class VoucherCsv
{
    /// <summary>One row: code, effective state, first use, expiry, tier.</summary>
    public sealed record Row(string Code, VoucherState State, DateTimeOffset? FirstUsedAt, DateTimeOffset? ExpiresAt, string Tier);

    public static byte[] Build(IEnumerable<Row> rows, IStringLocalizer<SharedResource> t)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(t);
        var csv = new StringBuilder();
        Line(csv, t["Kode"], t["Status"], t["Pertama dipakai"], t["Berlaku sampai"], t["Paket"]);
        foreach (var row in rows)
        {
            Line(csv, row.Code, t[VoucherStates.Label(row.State)], VoucherText.Local(row.FirstUsedAt), VoucherText.Local(row.ExpiresAt), row.Tier);
        }

        return CsvText.Bytes(csv);
    }

    /// <summary>One cell, escaped (<see cref="CsvText.Field"/>).</summary>
    public static string Field(string value) => CsvText.Field(value);

    private static void Line(StringBuilder csv, params string[] fields) => CsvText.Line(csv, fields);
}
