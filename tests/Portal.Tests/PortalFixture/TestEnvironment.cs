using System.Runtime.CompilerServices;

namespace KimHotspot.Portal.Tests.PortalFixture;

/// <summary>
/// Settings for every Portal the tests start. Hundreds of in-process Portals run in parallel; each would watch
/// its configuration and static files with inotify, and Linux allows 128 inotify instances per user by default.
/// Tests never change files under a running Portal, so configuration is not reloaded and file changes are polled.
/// </summary>
internal static class TestEnvironment
{
    [ModuleInitializer]
    internal static void Initialize()
    {
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }
}
