using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Setup;

/// <summary>/ip/dns (singleton): <c>servers</c> and <c>allow-remote-requests</c>; the cache figures are fixed.</summary>
internal sealed class DnsSettings(RouterModel model)
{
    private static readonly FieldSpec RemoteSpec = new("allow-remote-requests", FieldKind.Bool);

    private bool _allowRemote;
    private string _servers = string.Empty;

    public RowView Render() => new()
    {
        { "servers", _servers },
        { "dynamic-servers", "8.8.8.8" },
        { "allow-remote-requests", model.Format.Bool(_allowRemote) },
        { "cache-size", "2048KiB" },
        { "cache-used", "31KiB" },
    };

    public void Set(ApiRequest request)
    {
        foreach (var (key, value) in request.Values())
        {
            switch (key)
            {
                case "allow-remote-requests":
                    _allowRemote = RemoteSpec.Normalize(value, model.ReferenceExists) == "true";
                    break;
                case "servers":
                    _servers = value;
                    break;
                default:
                    throw ApiTrap.UnknownParameter(key);
            }
        }
    }
}
