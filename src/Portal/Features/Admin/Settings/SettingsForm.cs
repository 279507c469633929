using KimHotspot.Portal.Features.Village;

namespace KimHotspot.Portal.Features.Admin.Settings;

/// <summary>The village settings form; numbers are nullable so an empty field is told, not turned into 0.</summary>
public sealed class SettingsForm
{
    public const int MaxNameLength = 80;

    public string? VillageName { get; set; }

    public string? KimName { get; set; }

    public int? TrialMinutesPerDay { get; set; }

    public int? TrialTierId { get; set; }

    public bool AutoApprove { get; set; }

    public int? AutoApproveTierId { get; set; }

    public int? SessionHistoryDays { get; set; }

    public int? InactiveMemberDays { get; set; }

    public static SettingsForm From(VillageSettings v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new SettingsForm
        {
            VillageName = v.VillageName,
            KimName = v.KimName,
            TrialMinutesPerDay = v.TrialMinutesPerDay,
            TrialTierId = v.TrialTierId,
            AutoApprove = v.AutoApprove,
            AutoApproveTierId = v.AutoApproveTierId,
            SessionHistoryDays = v.SessionHistoryDays,
            InactiveMemberDays = v.InactiveMemberDays,
        };
    }

    /// <summary>Field name → Indonesian message key for every field that is wrong; empty when all is well.</summary>
    public Dictionary<string, string> Validate(IReadOnlyCollection<int> tierIds)
    {
        ArgumentNullException.ThrowIfNull(tierIds);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        VillageName = VillageName?.Trim();
        KimName = KimName?.Trim();
        if (string.IsNullOrEmpty(VillageName) || VillageName.Length > MaxNameLength)
        {
            errors[nameof(VillageName)] = "Isi nama desa (paling banyak 80 huruf).";
        }

        if (string.IsNullOrEmpty(KimName) || KimName.Length > MaxNameLength)
        {
            errors[nameof(KimName)] = "Isi nama KIM (paling banyak 80 huruf).";
        }

        if (TrialMinutesPerDay is not (>= 0 and <= 240))
        {
            errors[nameof(TrialMinutesPerDay)] = "Menit uji coba per hari harus 0 sampai 240 (0 = tanpa uji coba).";
        }

        if (TrialTierId is not { } trial || !tierIds.Contains(trial))
        {
            errors[nameof(TrialTierId)] = "Pilih paket untuk uji coba.";
        }

        if (AutoApprove && (AutoApproveTierId is not { } auto || !tierIds.Contains(auto)))
        {
            errors[nameof(AutoApproveTierId)] = "Pilih paket untuk pendaftar yang disetujui otomatis.";
        }

        if (SessionHistoryDays is not (>= 7 and <= 3650))
        {
            errors[nameof(SessionHistoryDays)] = "Riwayat sesi disimpan 7 sampai 3650 hari.";
        }

        if (InactiveMemberDays is not (>= 30 and <= 3650))
        {
            errors[nameof(InactiveMemberDays)] = "Data anggota tidak aktif disimpan 30 sampai 3650 hari.";
        }

        return errors;
    }

    /// <summary>Copies a valid form onto the settings row.</summary>
    public void ApplyTo(VillageSettings v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.VillageName = VillageName!;
        v.KimName = KimName!;
        v.TrialMinutesPerDay = TrialMinutesPerDay!.Value;
        v.TrialTierId = TrialTierId;
        v.AutoApprove = AutoApprove;
        v.AutoApproveTierId = AutoApproveTierId ?? v.AutoApproveTierId;
        v.SessionHistoryDays = SessionHistoryDays!.Value;
        v.InactiveMemberDays = InactiveMemberDays!.Value;
    }

    /// <summary>The audit snapshot of a settings row (no personal data in it).</summary>
    public static object Snapshot(VillageSettings v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new
        {
            v.VillageName, v.KimName, v.TrialMinutesPerDay, v.TrialTierId, v.AutoApprove, v.AutoApproveTierId,
            v.SessionHistoryDays, v.InactiveMemberDays,
        };
    }
}
