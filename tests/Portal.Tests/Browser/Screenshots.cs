using Microsoft.Playwright;

namespace KimHotspot.Portal.Tests.Browser;

/// <summary>Screenshots into the test output folder (bin/.../screenshots), for a human to look at.</summary>
internal static class Screenshots
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        string path = Path.Combine(Folder, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Type = ScreenshotType.Png });
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Folder, Path.GetFileNameWithoutExtension(name) + "-full.png"),
            FullPage = true,
            Type = ScreenshotType.Png,
        });
        return path;
    }
}
