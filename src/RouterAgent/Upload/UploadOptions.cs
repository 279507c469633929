using System.ComponentModel.DataAnnotations;

namespace KimHotspot.RouterAgent.Upload;

/// <summary>Section <c>Central</c>: where reports go and how they are paced.</summary>
public sealed class UploadOptions : IValidatableObject
{
    public const string Section = "Central";

    /// <summary>Central's base address; reports go to <c>&lt;Url&gt;/api/v1/reports</c>.</summary>
    [Required]
    public Uri? Url { get; set; }

    /// <summary>Most reports per upload.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>Most body bytes per upload (at least one report is always sent).</summary>
    [Range(1024, 64L * 1024 * 1024)]
    public long MaxBatchBytes { get; set; } = 512 * 1024;

    /// <summary>Most batches per cycle before the uploader yields (backlog pacing).</summary>
    [Range(1, 1000)]
    public int MaxBatchesPerCycle { get; set; } = 10;

    /// <summary>Pause between cycles when the outbox is drained.</summary>
    [TimeRange("00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// With nothing left to send, upload as soon as the collector stores new samples (one upload per collector cycle)
    /// instead of waiting out <see cref="Interval"/>, which stays the longest pause. Off: batch up to an interval's samples.
    /// </summary>
    public bool SendPromptly { get; set; } = true;

    /// <summary>Pause between cycles while a backlog remains.</summary>
    [TimeRange("00:00:00", "01:00:00")]
    public TimeSpan BacklogPause { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>First backoff ceiling after a failure (doubles per failure, full jitter).</summary>
    [TimeRange("00:00:00.001", "01:00:00")]
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Largest backoff ceiling after failures. Default 10 minutes.</summary>
    [TimeRange("00:00:01", "1.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Timeout of one upload request (VSAT links are slow).</summary>
    [TimeRange("00:00:01", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(2);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Url is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
        {
            yield return new ValidationResult("Central:Url must be an absolute http(s) address.", [nameof(Url)]);
        }
    }

    /// <summary>The upload endpoint under <see cref="Url"/> (keeping any path base).</summary>
    public Uri ReportsUri()
    {
        var baseUri = Url ?? throw new InvalidOperationException("Central:Url is not set.");
        var text = baseUri.AbsoluteUri;
        return new Uri(new Uri(text.EndsWith('/') ? text : text + "/"), "api/v1/reports");
    }
}
