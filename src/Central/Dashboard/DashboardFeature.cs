namespace KimHotspot.Central.Dashboard;

/// <summary>
/// Registers the dashboard (section <c>Dashboard</c>, validated at start): the overview at <c>/</c>, site pages at
/// <c>/sites/{id}</c> (Razor Pages under Features/) and their JSON under <c>/api/dashboard</c>.
/// </summary>
public static class DashboardFeature
{
    public static void AddDashboard(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DashboardOptions>()
            .BindConfiguration(DashboardOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SlowFigures>();
        builder.Services.AddScoped<UsageQuery>();
        builder.Services.AddScoped<OverviewQuery>();
        builder.Services.AddScoped<SiteView>();
    }

    public static void MapDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapDashboardApi();
    }
}
