using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Vouchers;

/// <summary>Voucher login (<c>/voucher</c>).</summary>
public sealed class RedeemModel(
    LoginAttempts attempts, VoucherRedemption vouchers, DeviceLogin deviceLogin, IStringLocalizer<SharedResource> t, ILogger<RedeemModel> logger)
    : ResidentPage
{
    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAttemptAsync(attempts);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code)
    {
        if (!await LoadAttemptAsync(attempts))
        {
            return Page();
        }

        var ct = HttpContext.RequestAborted;
        VoucherPrep prep;
        try
        {
            prep = await vouchers.PrepareAsync(Attempt!, code, ct);
        }
        catch (Exception ex) when (RouterFaults.Is(ex))
        {
            Log.RouterTroubleForVoucher(logger, ex, 0);
            return Show(t["Router Wi-Fi sedang tidak bisa dihubungi. Tunggu sebentar, lalu coba lagi."]);
        }

        if (prep is not { Voucher: { } voucher, Account: { } account })
        {
            Log.VoucherRefused(logger, Attempt!.Id, prep.Reason);
            return Show(prep.Message!);
        }

        var outcome = await deviceLogin.CompleteAsync(Attempt!, account, "voucher", HttpContext, ct);
        if (outcome is LoginOutcome.Failed)
        {
            try
            {
                if (await vouchers.UsedUpAsync(voucher, account, ct))
                {
                    return Show(t["Kuota voucher ini sudah habis."]);
                }
            }
            catch (Exception ex) when (RouterFaults.Is(ex))
            {
                Log.RouterTroubleForVoucher(logger, ex, voucher.Id);
            }

            return Act(outcome);
        }

        await vouchers.ConfirmAsync(voucher, Attempt!, ct);
        Log.VoucherOnline(logger, voucher.Id);
        return Act(outcome);
    }
}
