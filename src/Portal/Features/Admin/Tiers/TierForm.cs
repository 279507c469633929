using System.Globalization;
using System.Text.RegularExpressions;
using KimHotspot.Portal.Features.Members;
using KimHotspot.RouterOs.Values;

namespace KimHotspot.Portal.Features.Admin.Tiers;

/// <summary>The tier editor's fields as typed, checked with the RouterOS value parsers before they reach a <see cref="Tier"/>.</summary>
public sealed partial class TierForm
{
    public const long Megabyte = 1024L * 1024;

    public string? Name { get; set; }

    public string? RouterProfile { get; set; }

    /// <summary>RouterOS form, upload/download: "1M/2M".</summary>
    public string? RateLimit { get; set; }

    /// <summary>RouterOS duration: "4h", "1h30m"; empty = none.</summary>
    public string? SessionTimeout { get; set; }

    public string? DailyTimeLimit { get; set; }

    /// <summary>A number; <see cref="DailyDataUnit"/> says MB or GB. Empty = no data limit.</summary>
    public string? DailyData { get; set; }

    public string DailyDataUnit { get; set; } = "GB";

    public int DevicesPerMember { get; set; } = 1;

    public static TierForm From(Tier tier)
    {
        ArgumentNullException.ThrowIfNull(tier);
        var bytes = tier.DailyDataLimitBytes;
        bool gb = bytes is null || bytes % (Megabyte * 1024) == 0;
        return new TierForm
        {
            Name = tier.Name,
            RouterProfile = tier.RouterProfile,
            RateLimit = tier.RateLimit,
            SessionTimeout = tier.SessionTimeout is { } s ? RouterOsDuration.Format(s) : null,
            DailyTimeLimit = tier.DailyTimeLimit is { } d ? RouterOsDuration.Format(d) : null,
            DailyData = bytes is { } b ? (b / (gb ? Megabyte * 1024 : Megabyte)).ToString(CultureInfo.InvariantCulture) : null,
            DailyDataUnit = gb ? "GB" : "MB",
            DevicesPerMember = tier.DevicesPerMember,
        };
    }

    /// <summary>Validates into <paramref name="tier"/>; returns error keys (Indonesian texts) per field, empty when applied.</summary>
    public Dictionary<string, string> ApplyTo(Tier tier)
    {
        ArgumentNullException.ThrowIfNull(tier);
        var errors = new Dictionary<string, string>();
        string name = (Name ?? string.Empty).Trim();
        string profile = (RouterProfile ?? string.Empty).Trim();
        string? rate = string.IsNullOrWhiteSpace(RateLimit) ? null : RateLimit.Trim();
        if (name.Length is < 1 or > 60)
        {
            errors[nameof(Name)] = "Tulis nama paket (paling banyak 60 huruf).";
        }

        if (!ProfilePattern().IsMatch(profile))
        {
            errors[nameof(RouterProfile)] = "Nama profil router: 2–40 huruf kecil, angka atau tanda hubung, mis. kim-anggota.";
        }

        if (rate is not null && !KimHotspot.RouterOs.Values.RateLimit.TryParse(rate, out _))
        {
            errors[nameof(RateLimit)] = "Batas kecepatan dalam bentuk RouterOS: unggah/unduh, mis. 1M/2M atau 512k/1M.";
        }

        var session = Duration(SessionTimeout, nameof(SessionTimeout), errors);
        var daily = Duration(DailyTimeLimit, nameof(DailyTimeLimit), errors);
        long? bytes = null;
        if (!string.IsNullOrWhiteSpace(DailyData))
        {
            if (decimal.TryParse(DailyData.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
                && amount > 0 && amount <= 100_000 && DailyDataUnit is "MB" or "GB")
            {
                bytes = (long)(amount * (DailyDataUnit == "GB" ? Megabyte * 1024 : Megabyte));
            }
            else
            {
                errors[nameof(DailyData)] = "Kuota data harian: angka lebih dari 0 dalam MB atau GB, atau kosongkan.";
            }
        }

        if (DevicesPerMember is < 1 or > 20)
        {
            errors[nameof(DevicesPerMember)] = "Jumlah perangkat 1 sampai 20.";
        }

        if (errors.Count == 0)
        {
            tier.Name = name;
            tier.RouterProfile = profile;
            tier.RateLimit = rate;
            tier.SessionTimeout = session;
            tier.DailyTimeLimit = daily;
            tier.DailyDataLimitBytes = bytes;
            tier.DevicesPerMember = DevicesPerMember;
        }

        return errors;
    }

    private static TimeSpan? Duration(string? text, string field, Dictionary<string, string> errors)
    {
        if (RouterOsDuration.TryParse(text, out var value) && (value is null || (value >= TimeSpan.Zero && value <= TimeSpan.FromDays(7))))
        {
            return value is { Ticks: 0 } ? null : value;
        }

        errors[field] = "Lama waktu dalam bentuk RouterOS, mis. 30m, 4h, 1h30m; kosongkan bila tanpa batas.";
        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex ProfilePattern();
}
