namespace KimHotspot.RouterSimulator.Cli;

/// <summary>The text printed for <c>--help</c>.</summary>
internal static class HelpText
{
    public const string Text = """
        KimHotspot RouterSimulator - a fake MikroTik RouterOS router for tests and demos.

        Usage: dotnet run --project src/RouterSimulator -- [options]

        Options (--name value or --name=value):
          --api-port N        RouterOS API port (plain TCP); 0 = any free port  default 8728
          --api-ssl-port N    RouterOS API-SSL port, self-signed cert; 0 = off   default 0
          --user NAME         API user name                                     default admin
          --password TEXT     API password; when missing a random one is generated and printed once
          --ros-version V     RouterOS version to imitate: 6.42, 6.49, 7.12, 7.19 ...  default 7.19
          --identity NAME     router identity                                   default KIM-Desa-Sukamaju
          --board NAME        board name; CHR = x86 Cloud Hosted Router, no /system/routerboard  default hAP ac^2
          --http-port N       hotspot HTTP front (login/status/logout/api); 0 = off   default 0
          --portal-url URL    external portal that the login page redirects to (with router variables)
          --control-port N    HTTP control API on 127.0.0.1 (devices, traffic, faults); 0 = off  default 0
          --seed-sessions N   active hotspot sessions to create at start        default 0
          --bind ADDRESS      IPv4 address for the API and hotspot listeners    default 127.0.0.1
          --help              show this text

        Exit codes: 0 stopped normally (Ctrl+C), 1 failed to start, 2 bad command line.
        """;
}
