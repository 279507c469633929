namespace KimHotspot.Portal.Features.Bulletins;

/// <summary>A notice shown to residents: written by the village KIM or pulled from Diskominfo (city-wide).</summary>
public sealed class Bulletin
{
    public int Id { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>Markdown source as written.</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>Stored image file name under the data directory, when the bulletin has one.</summary>
    public string? ImageFile { get; set; }

    public bool Pinned { get; set; }

    public DateTimeOffset? StartsAt { get; set; }

    public DateTimeOffset? EndsAt { get; set; }

    public BulletinAudience Audience { get; set; }

    /// <summary>True for a city-wide bulletin pulled from Central.</summary>
    public bool CityWide { get; set; }

    /// <summary>Central's id of a city-wide bulletin (null for the village's own).</summary>
    public long? CentralId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Username of the admin who wrote it (empty for city-wide bulletins).</summary>
    public string Author { get; set; } = string.Empty;

    public DateTimeOffset? ArchivedAt { get; set; }
}

/// <summary>Who sees a bulletin.</summary>
public enum BulletinAudience
{
    /// <summary>Everyone, on the splash page.</summary>
    Everyone,

    /// <summary>Members, after login (status page).</summary>
    Members,
}
