using System.ComponentModel.DataAnnotations;

namespace KimHotspot.Central.History;

/// <summary>
/// History settings in section <c>Central</c> (beside <c>MinuteDetailDays</c> and <c>RollupYears</c>).
/// </summary>
public sealed class HistoryOptions : IValidatableObject
{
    /// <summary>The zone whose midnight starts a day (IANA id); Kotamobagu is WITA.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Makassar";

    /// <summary>How often the roller folds complete hours and days and prunes old detail.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan RollInterval { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!System.TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone))
        {
            yield return new ValidationResult($"Unknown time zone '{TimeZone}'.", [nameof(TimeZone)]);
        }
        else if (zone.BaseUtcOffset.Ticks % TimeSpan.TicksPerHour != 0)
        {
            yield return new ValidationResult($"Time zone '{TimeZone}' is not a whole number of hours from UTC.", [nameof(TimeZone)]);
        }
    }
}
