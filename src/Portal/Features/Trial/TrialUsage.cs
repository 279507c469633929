namespace KimHotspot.Portal.Features.Trial;

/// <summary>Free-trial time granted on one day to one device, and to one person when the phone is known.</summary>
public sealed class TrialUsage
{
    public int Id { get; set; }

    /// <summary>The village-local day the trial counts against.</summary>
    public DateOnly Day { get; set; }

    public string MacAddress { get; set; } = string.Empty;

    /// <summary>Normalised phone number when the resident gave one (so a random MAC does not reset the trial).</summary>
    public string? Phone { get; set; }

    public TimeSpan Granted { get; set; }

    public DateTimeOffset StartedAt { get; set; }
}
