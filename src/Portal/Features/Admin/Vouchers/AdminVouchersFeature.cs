namespace KimHotspot.Portal.Features.Admin.Vouchers;

/// <summary>
/// Registers the admin console's vouchers pages (<c>/admin/voucher</c>: batches, generate, revoke, CSV, print
/// sheets with QR codes) and their services. The pages sit in an admin-only folder (see <see cref="AdminFeature"/>).
/// </summary>
public static class AdminVouchersFeature
{
    public static void AddAdminVouchers(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<VoucherPrintOptions>()
            .BindConfiguration(VoucherPrintOptions.Section)
            .Validate(o => o.IsValid(), "Admin:PublicBaseUrl must be empty or an absolute http(s) URL.")
            .ValidateOnStart();
        builder.Services.AddSingleton<VoucherQr>();
        builder.Services.AddScoped<VoucherGenerator>();
        builder.Services.AddScoped<VoucherRevoker>();
    }
}
