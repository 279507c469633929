using Microsoft.Extensions.Options;

namespace KimHotspot.Central.History;

/// <summary>Registers history: time buckets in <c>Central:TimeZone</c>, the roller, and <see cref="HistoryQuery"/>.</summary>
public static class HistoryFeature
{
    public static void AddCentralHistory(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<HistoryOptions>()
            .BindConfiguration("Central")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(s =>
            new TimeBuckets(TimeZoneInfo.FindSystemTimeZoneById(s.GetRequiredService<IOptions<HistoryOptions>>().Value.TimeZone)));
        builder.Services.AddSingleton<RollupPass>();
        builder.Services.AddSingleton<HistoryRoller>();
        builder.Services.AddHostedService(s => s.GetRequiredService<HistoryRoller>());
        builder.Services.AddScoped<HistoryQuery>();
    }
}
