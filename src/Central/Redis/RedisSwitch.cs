namespace KimHotspot.Central.Redis;

/// <summary>
/// Whether this node runs with Redis: <c>ConnectionStrings:Redis</c> non-empty in the final configuration (read when
/// services are first resolved, so configuration added by a host builder after <c>Program</c> ran counts too).
/// </summary>
internal sealed class RedisSwitch(IConfiguration configuration)
{
    public string? ConnectionString { get; } = configuration.GetConnectionString(RedisFeature.ConnectionStringName) is { Length: > 0 } c
        && !string.IsNullOrWhiteSpace(c) ? c : null;

    public bool Enabled => ConnectionString is not null;
}
