using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KimHotspot.Central.Live;

/// <summary>
/// Registers the live state: in this process unless another <see cref="ILiveState"/> (Redis) was registered first.
/// </summary>
public static class LiveFeature
{
    public static void AddCentralLive(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<ILiveState, InProcessLiveState>();
    }
}
