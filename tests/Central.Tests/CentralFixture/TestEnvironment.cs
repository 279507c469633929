using System.Runtime.CompilerServices;

namespace KimHotspot.Central.Tests.CentralFixture;

/// <summary>
/// Settings for every Central the tests start: many run in parallel, and each would watch its files with inotify
/// (128 instances per user by default). Tests never change files under a running Central.
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
