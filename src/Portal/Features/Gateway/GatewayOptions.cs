using System.ComponentModel.DataAnnotations;
using System.Net;

namespace KimHotspot.Portal.Features.Gateway;

/// <summary>
/// Section <c>Gateway</c>: the reverse proxies (Central's site gateway) whose <c>X-Forwarded-*</c> headers the Portal
/// believes. Empty (the default): nobody is believed, the headers are ignored, and the client address is the TCP peer.
/// </summary>
public sealed class GatewayOptions : IValidatableObject
{
    public const string Section = "Gateway";

    /// <summary>
    /// Addresses (<c>10.8.0.1</c>) or networks (<c>10.8.0.0/24</c>) of trusted proxies. Never list the router or the
    /// hotspot network: a resident could then claim another device's address in <c>X-Forwarded-For</c>.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>True when at least one proxy is trusted (the forwarded headers are read at all).</summary>
    public bool Enabled => TrustedProxies.Count > 0;

    /// <summary>The entries that are single addresses.</summary>
    public IEnumerable<IPAddress> Addresses() =>
        TrustedProxies.Where(p => !p.Contains('/', StringComparison.Ordinal)).Select(p => IPAddress.Parse(p.Trim()));

    /// <summary>The entries that are networks in CIDR notation.</summary>
    public IEnumerable<IPNetwork> Networks() =>
        TrustedProxies.Where(p => p.Contains('/', StringComparison.Ordinal)).Select(p => IPNetwork.Parse(p.Trim()));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var entry in TrustedProxies)
        {
            var text = entry?.Trim() ?? string.Empty;
            var valid = text.Contains('/', StringComparison.Ordinal)
                ? IPNetwork.TryParse(text, out _)
                : IPAddress.TryParse(text, out _);
            if (!valid)
            {
                yield return new ValidationResult(
                    $"Gateway:TrustedProxies entry '{entry}' is neither an IP address nor a CIDR network (e.g. 10.8.0.0/24).",
                    [nameof(TrustedProxies)]);
            }
        }
    }
}
