namespace KimHotspot.RouterOs.Values;

/// <summary>
/// Tolerant typed reads of a reply row for the typed menus: an absent key or a value that does not parse
/// gives <see langword="null"/> rather than an exception, so a field added or reshaped by a RouterOS
/// version never breaks a whole print.
/// </summary>
internal static class RowValues
{
    public static string? Text(this RouterOsRow row, string key) => row[key];

    public static string TextOrEmpty(this RouterOsRow row, string key) => row[key] ?? string.Empty;

    public static TimeSpan? Duration(this RouterOsRow row, string key) =>
        row.TryGetValue(key, out var s) && RouterOsDuration.TryParse(s, out var d) ? d : null;

    public static bool? Bool(this RouterOsRow row, string key) =>
        row.TryGetValue(key, out var s) && RouterOsBool.TryParse(s, out var b) ? b : null;

    public static bool Flag(this RouterOsRow row, string key) => row.Bool(key) ?? false;

    public static long? Int64(this RouterOsRow row, string key) =>
        row.TryGetValue(key, out var s) && RouterOsNumber.TryParseUInt64(s, out var n) && n <= long.MaxValue ? (long)n : null;

    public static int? Int32(this RouterOsRow row, string key) =>
        row.Int64(key) is { } n && n <= int.MaxValue ? (int)n : null;

    public static DateTime? Date(this RouterOsRow row, string key, DateTime? reference) =>
        row.TryGetValue(key, out var s) && RouterOsDate.TryParse(s, reference, out var d) ? d : null;

    /// <summary>The MAC normalised when it parses, else the raw text.</summary>
    public static string? Mac(this RouterOsRow row, string key) =>
        row[key] is { } s ? MacAddress.TryNormalize(s, out var m) ? m : s : null;

    public static RateLimit? Rate(this RouterOsRow row, string key) =>
        RateLimit.TryParse(row[key], out var r) ? r : null;
}
