using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace KimHotspot.Portal.Features.Gateway;

/// <summary>
/// The Portal behind Central's site gateway: from a trusted proxy only, <c>X-Forwarded-For/Proto/Host</c> become the
/// request's client address, scheme and host, and <c>X-Forwarded-Prefix</c> (<c>/sites/{id}/portal</c>) becomes
/// <see cref="HttpRequest.PathBase"/>, so pages, redirects and cookies stay under the prefix.
/// </summary>
public static class GatewayFeature
{
    private static readonly string[] ForwardedHeaderNames =
    [
        ForwardedHeadersDefaults.XForwardedForHeaderName, ForwardedHeadersDefaults.XForwardedProtoHeaderName,
        ForwardedHeadersDefaults.XForwardedHostHeaderName, ForwardedHeadersDefaults.XForwardedPrefixHeaderName,
    ];

    public static void AddGateway(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<GatewayOptions>()
            .BindConfiguration(GatewayOptions.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<GatewayOptions>, GatewayOptionsValidator>();
    }

    /// <summary>Must come first in the pipeline, so every later middleware sees the forwarded values.</summary>
    public static void UseGateway(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var gateway = app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value;
        if (!gateway.Enabled)
        {
            // The middleware believes everybody when its known proxies and networks are both empty: leave it out.
            return;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedPrefix,
            ForwardLimit = 1, // the gateway sets (never appends) each header: one hop
        };
        options.KnownProxies.Clear(); // the defaults trust loopback
        options.KnownIPNetworks.Clear();
        foreach (var address in gateway.Addresses())
        {
            options.KnownProxies.Add(address);
        }

        foreach (var network in gateway.Networks())
        {
            options.KnownIPNetworks.Add(network);
        }

        app.Use((context, next) =>
        {
            // Without a peer address (not a TCP connection) the middleware would believe the first forwarded value.
            if (context.Connection.RemoteIpAddress is null)
            {
                foreach (var header in ForwardedHeaderNames)
                {
                    context.Request.Headers.Remove(header);
                }
            }

            return next(context);
        });
        app.UseForwardedHeaders(options);
    }
}
