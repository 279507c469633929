using System.ComponentModel.DataAnnotations;

namespace KimHotspot.Central.Data;

/// <summary>Section <c>Central</c>: where Central keeps its database and keys.</summary>
public sealed class CentralDataOptions
{
    public const string Section = "Central";

    /// <summary>Folder for <c>central.db</c> and the data-protection keys; created when missing.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Days of minute detail kept; hourly and daily roll-ups are kept for years.</summary>
    [Range(1, 3650)]
    public int MinuteDetailDays { get; set; } = 14;

    /// <summary>Years of hourly and daily roll-ups kept.</summary>
    [Range(1, 50)]
    public int RollupYears { get; set; } = 5;
}
