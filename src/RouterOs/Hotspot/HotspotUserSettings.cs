using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>
/// Fields to write to a <c>/ip/hotspot/user</c> row. Null properties are not sent (left as they are on
/// <c>set</c>, router defaults on <c>add</c>).
/// </summary>
public sealed record HotspotUserSettings : HotspotUserFields
{
    /// <summary>User name (required for add and ensure).</summary>
    public string? Name { get; init; }

    /// <summary>Disabled flag.</summary>
    public bool? Disabled { get; init; }

    internal FieldList ToFields() => WriteTo(new FieldList().Text("name", Name)).Bool("disabled", Disabled);
}
