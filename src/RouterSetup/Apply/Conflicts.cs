using KimHotspot.RouterOs;
using KimHotspot.RouterSetup.Plan;

namespace KimHotspot.RouterSetup.Apply;

/// <summary>
/// Rows that are not ours but stand in the plan's way: RouterOS runs one hotspot server and one DHCP server per
/// interface, so a wizard-made <c>hotspot1</c> or the default <c>defconf</c> DHCP server on the same bridge makes our
/// add fail or fight. Reported, never removed (the set-up does not delete what it did not make).
/// </summary>
internal static class Conflicts
{
    private static readonly string[] Menus = ["/ip/hotspot", "/ip/dhcp-server"];

    public static async Task<IReadOnlyList<string>> FindAsync(IRouterOsApi api, SetupSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(settings);
        var found = new List<string>();
        foreach (var menu in Menus)
        {
            var rows = await api.ExecuteAsync(new RouterOsCommand(menu + "/print").Where("interface", settings.Interface), cancellationToken).ConfigureAwait(false);
            foreach (var row in rows.Rows.Where(r => r["name"] != SetupSettings.Marker && r["disabled"] is not ("true" or "yes")))
            {
                found.Add($"{menu} '{row["name"]}' is also on {settings.Interface}: disable or remove it by hand ({menu[1..].Replace('/', ' ')} disable {row["name"]})");
            }
        }

        return found;
    }
}
