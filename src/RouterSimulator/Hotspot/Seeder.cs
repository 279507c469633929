using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Hotspot;

/// <summary>Creates N hosts, users (<c>seed-1</c> …) and active sessions at start (<c>--seed-sessions</c>).</summary>
internal static class Seeder
{
    public static void Seed(HotspotEngine engine, RouterModel model, int count)
    {
        var network = HotspotNetwork.Parse(model.Options.HotspotNetwork);
        var profile = engine.UserProfiles.FindByKey("default");
        for (int i = 0; i < count; i++)
        {
            string mac = $"02:5E:ED:{(i >> 16) & 0xFF:X2}:{(i >> 8) & 0xFF:X2}:{i & 0xFF:X2}";
            var host = engine.Join(mac, network.Device(i));
            string name = "seed-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var user = engine.Users.FindByKey(name) as UserRow
                ?? engine.Users.Insert(new UserRow(), ("name", name), ("password", name));
            if (host.Session is null)
            {
                engine.StartSession(host, name, user, "http-chap", profile, null);
            }
        }
    }
}
