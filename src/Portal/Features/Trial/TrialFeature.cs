namespace KimHotspot.Portal.Features.Trial;

/// <summary>Registers the trial feature's services.</summary>
public static class TrialFeature
{
    public static void AddTrial(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<TrialAllowance>();
    }
}
