using KimHotspot.RouterAgent.Site;

namespace KimHotspot.RouterAgent.Tests.Site;

public sealed class DeviceSaltTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kh-salt-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void LoadOrCreate_TwiceAndAfterRestart_SameSecretOwnerOnly()
    {
        var first = DeviceSalt.LoadOrCreate(_dir);
        var again = DeviceSalt.LoadOrCreate(_dir);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, again);
        Assert.NotEqual(first, DeviceSalt.LoadOrCreate(_dir + "-other"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_dir, DeviceSalt.FileName)));
        }

        Directory.Delete(_dir + "-other", recursive: true);
    }

    [Fact]
    public void LoadOrCreate_TruncatedFile_Replaced()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllBytes(Path.Combine(_dir, DeviceSalt.FileName), [1, 2, 3]);

        Assert.Equal(32, DeviceSalt.LoadOrCreate(_dir).Length);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
