using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Forwarder;

namespace KimHotspot.Central.Proxy;

/// <summary>YARP's HTTP client with the gateway's VSAT connect timeout.</summary>
internal sealed class GatewayHttpClientFactory(IOptions<GatewayOptions> options, ILogger<ForwarderHttpClientFactory> logger)
    : ForwarderHttpClientFactory(logger)
{
    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.ConnectTimeout = options.Value.ConnectTimeout;
    }
}
