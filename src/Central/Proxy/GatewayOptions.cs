using System.ComponentModel.DataAnnotations;

namespace KimHotspot.Central.Proxy;

/// <summary>
/// Section <c>Gateway</c>: how the site gateway rebuilds its routes and checks each village Portal. The defaults suit
/// VSAT links (high latency, short outages): slow probes, a generous timeout, unhealthy only after several failures.
/// </summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Routes are rebuilt from the registry at least this often (default 60 s), and at once on a registry change.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time between active health probes of each Portal (default 60 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan HealthInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one probe may take (default 15 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan HealthTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Failed probes in a row before a Portal is unhealthy (default 3); one success makes it healthy again.</summary>
    [Range(1, 100)]
    public int UnhealthyAfterFailures { get; set; } = 3;

    /// <summary>The Portal's health path (default <c>/health</c>: 200 when its database answers).</summary>
    [Required]
    [RegularExpression("^/.*")]
    public string HealthPath { get; set; } = "/health";

    /// <summary>A forwarded request fails when nothing moves for this long (default 60 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan ActivityTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>TCP connect timeout to a Portal (default 20 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
