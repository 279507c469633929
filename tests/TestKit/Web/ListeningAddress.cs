using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.TestKit.Web;

/// <summary>Where a started in-test Kestrel listens, as a loopback base URL a browser or client can use.</summary>
public static class ListeningAddress
{
    /// <summary><c>http://127.0.0.1:&lt;port&gt;/</c> (always ending in '/'; wildcard and localhost hosts become 127.0.0.1).</summary>
    public static Uri Of(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no addresses");
        string address = addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        return new Uri(address.TrimEnd('/') + "/");
    }
}
