using Microsoft.Playwright;

namespace KimHotspot.TestKit.Browser;

/// <summary>A cheap Android phone as the village sees it: 360×640 CSS pixels, touch, Chrome for Android.</summary>
public static class Phone
{
    public const int Width = 360;
    public const int Height = 640;

    public const string UserAgent =
        "Mozilla/5.0 (Linux; Android 11; SM-A025F) AppleWebKit/537.36 (KHTML, like Gecko) " +
        "Chrome/124.0.0.0 Mobile Safari/537.36";

    public static BrowserNewContextOptions Options() => new()
    {
        ViewportSize = new ViewportSize { Width = Width, Height = Height },
        ScreenSize = new ScreenSize { Width = Width, Height = Height },
        DeviceScaleFactor = 1,
        IsMobile = true,
        HasTouch = true,
        UserAgent = UserAgent,
        Locale = "id-ID",
        JavaScriptEnabled = true,
    };
}
