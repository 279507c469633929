namespace KimHotspot.Portal.Features.Village;

/// <summary>One version of the privacy notice residents consent to (UU 27/2022). A new text is a new version.</summary>
public sealed class PrivacyNotice
{
    public int Id { get; set; }

    public int Version { get; set; }

    public string Text { get; set; } = string.Empty;

    public DateTimeOffset PublishedAt { get; set; }
}
