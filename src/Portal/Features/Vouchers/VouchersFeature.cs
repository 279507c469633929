namespace KimHotspot.Portal.Features.Vouchers;

/// <summary>Registers the vouchers feature's services.</summary>
public static class VouchersFeature
{
    public static void AddVouchers(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<VoucherRedemption>();
    }
}
