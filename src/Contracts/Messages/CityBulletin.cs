namespace KimHotspot.Contracts.Messages;

/// <summary>
/// A city-wide bulletin written by Diskominfo in Central, as a village Portal receives it. A withdrawn bulletin (or one
/// no longer targeted at the asking site) comes as a tombstone: <see cref="Withdrawn"/> true, title and body empty.
/// </summary>
/// <param name="Id">Central's id of the bulletin (stable across edits).</param>
/// <param name="Revision">Goes up by one at every edit (1 when first written).</param>
/// <param name="Withdrawn">True for a tombstone: the Portal stops showing the bulletin.</param>
/// <param name="Title">Title as plain text (empty on a tombstone).</param>
/// <param name="Body">Body as Markdown; the Portal renders it as safely as its own bulletins (empty on a tombstone).</param>
/// <param name="PublishAt">When the bulletin starts to show.</param>
/// <param name="ExpiresAt">When it stops showing; null for no end.</param>
/// <param name="UpdatedAt">Central's clock at the last change.</param>
public sealed record CityBulletin(
    long Id,
    int Revision,
    bool Withdrawn,
    string Title,
    string Body,
    DateTimeOffset PublishAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset UpdatedAt);
