namespace KimHotspot.RouterSetup.Cli;

/// <summary>The help text.</summary>
internal static class Usage
{
    public const string Text = """
        KimHotspot.RouterSetup — configures a MikroTik for KimHotspot through the RouterOS API.

          apply       add or set what differs, then verify          (exit 0 done, 1 still differs, 2 error)
          check       only compare and list what differs            (exit 0 in order, 1 differs, 2 error)
          script      print the same plan as a RouterOS .rsc script
          login-html  print the hotspot login.html

        Router connection (apply, check):
          --router ADDRESS  --port N  --user NAME (admin)  --password-file FILE  [--tls [--thumbprint SHA256]]
          --api-password-file FILE   (apply) the API user's password; a new one is written there (0600) when missing

        Settings (switches, or lines 'name = value' in --settings FILE):
          --portal-url https://…  --portal-address IPv4  (both required)
          --interface bridge  --network 10.5.50.0/24  --gateway 10.5.50.1  --pool 10.5.50.10-10.5.50.254
          --dns-name wifi.kim.internal  --html-directory kimhotspot  --ntp-servers 0.id.pool.ntp.org,1.id.pool.ntp.org
          --api-user kimhotspot-api  --manage-from CIDR[,CIDR]  --disable-plain-api

        """;
}
