using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Setup;

/// <summary>/system/ntp/client (RouterOS 7): <c>enabled</c>, <c>mode</c>, <c>servers</c>; <c>status</c> is read-only.</summary>
internal sealed class NtpClient(RouterModel model)
{
    private static readonly FieldSpec EnabledSpec = new("enabled", FieldKind.Bool);
    private static readonly FieldSpec ModeSpec = new("mode", FieldKind.Choice) { Choices = ["unicast", "broadcast", "multicast", "manycast"] };

    private bool _enabled;
    private string _mode = "unicast";
    private string _servers = string.Empty;

    public RowView Render() => new()
    {
        { "enabled", model.Format.Bool(_enabled) },
        { "mode", _mode },
        { "servers", _servers },
        { "vrf", "main" },
        { "status", _enabled && _servers.Length > 0 ? "synchronized" : "stopped" },
    };

    public void Set(ApiRequest request)
    {
        foreach (var (key, value) in request.Values())
        {
            switch (key)
            {
                case "enabled":
                    _enabled = EnabledSpec.Normalize(value, model.ReferenceExists) == "true";
                    break;
                case "mode":
                    _mode = ModeSpec.Normalize(value, model.ReferenceExists);
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
