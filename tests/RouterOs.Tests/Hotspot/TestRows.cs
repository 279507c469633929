namespace KimHotspot.RouterOs.Tests.Hotspot;

/// <summary>Reply rows built in a test, for the pure <c>FromRow</c> parsers.</summary>
internal static class TestRows
{
    /// <summary>A row from <c>key=value</c> pairs, e.g. <c>Row(".id=*1", "name=ether1")</c>.</summary>
    public static RouterOsRow Row(params string[] pairs) =>
        new([.. pairs.Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], p[1]))]);
}
