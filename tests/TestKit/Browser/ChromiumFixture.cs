using Microsoft.Playwright;
using Xunit;

namespace KimHotspot.TestKit.Browser;

/// <summary>
/// One headless Debian Chromium (never a downloaded browser) driven by Playwright's bundled driver,
/// shared by the tests of a class. Fails with a clear message when the browser is not installed.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The running browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}. The browser tests use Debian's package: " +
                "run `apt-get install -y chromium` (scripts/test.sh installs it on a fresh machine).");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = LaunchArgs,
        });
    }

    /// <summary>A fresh phone-sized context: 360×640, touch, mobile user agent, Indonesian first.</summary>
    public Task<IBrowserContext> NewPhoneAsync() => Browser.NewContextAsync(Phone.Options());

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
