using Microsoft.Playwright;

namespace KimHotspot.Portal.Tests.Browser;

/// <summary>
/// Makes a browser context act as one simulated phone: the simulator's hotspot front learns the device
/// from the <c>X-Sim-Client-Ip</c> header (loopback only). The header must reach the simulator and never
/// the Portal, but Chromium keeps headers set by <c>route.Continue</c> on every redirect hop, including
/// the simulator's redirect to the Portal. So requests to the simulator are fetched here without
/// following redirects, hops inside the simulator are followed here (with the header), and the browser
/// gets the first answer that is a page or a redirect elsewhere, which it then follows as a clean request.
/// </summary>
internal static class SimulatedDevice
{
    public const string ClientIpHeader = "X-Sim-Client-Ip";

    private const int MaxHops = 10;

    public static Task ActAsAsync(IBrowserContext context, Uri hotspotUrl, string deviceIp)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(hotspotUrl);
        string origin = hotspotUrl.GetLeftPart(UriPartial.Authority);
        bool IsSimulator(string url) => url.StartsWith(origin + "/", StringComparison.OrdinalIgnoreCase);
        return context.RouteAsync(IsSimulator, async route =>
        {
            string url = route.Request.Url;
            var options = new RouteFetchOptions { Headers = WithDevice(route.Request.Headers, deviceIp), MaxRedirects = 0 };
            var response = await route.FetchAsync(options);
            for (int hop = 0; hop < MaxHops && NextHop(response, url) is { } next && IsSimulator(next); hop++)
            {
                url = next;
                response = await route.FetchAsync(new RouteFetchOptions
                {
                    Url = url, Method = "GET", Headers = WithDevice(route.Request.Headers, deviceIp), MaxRedirects = 0,
                });
            }

            await route.FulfillAsync(new RouteFulfillOptions { Response = response });
        });
    }

    private static Dictionary<string, string> WithDevice(IReadOnlyDictionary<string, string> headers, string deviceIp) =>
        new(headers, StringComparer.OrdinalIgnoreCase) { [ClientIpHeader] = deviceIp };

    private static string? NextHop(IAPIResponse response, string url) =>
        response.Status is >= 300 and < 400 && response.Headers.TryGetValue("location", out var location)
            ? new Uri(new Uri(url), location).ToString()
            : null;
}
