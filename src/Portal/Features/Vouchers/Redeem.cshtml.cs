using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Vouchers;

/// <summary>
/// Voucher login (<c>/voucher</c>). A printed QR code opens <c>/voucher?kode=X</c>: with a live login attempt the
/// form shows with the code filled in; without one (the phone scanned before joining the Wi-Fi) the code waits in a
/// short-lived cookie that fills in the voucher form once the router sends the phone to the splash page.
/// </summary>
public sealed class RedeemModel(
    LoginAttempts attempts, VoucherRedemption vouchers, DeviceLogin deviceLogin, IStringLocalizer<SharedResource> t, ILogger<RedeemModel> logger)
    : ResidentPage
{
    /// <summary>Cookie holding a code from a scanned QR code until the phone reaches the splash page.</summary>
    public const string CodeCookie = "kim_kode";

    /// <summary>The code from the QR link, kept for later because there was no login attempt yet.</summary>
    public string? SavedCode { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? kode)
    {
        if (!await LoadAttemptAsync(attempts) && Plausible(kode) is { } code)
        {
            Response.Cookies.Append(CodeCookie, code, new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromMinutes(30), IsEssential = true, Path = Request.PathBase + "/",
            });
            SavedCode = code;
        }

        return Page();
    }

    /// <summary>The code to fill into the voucher form: <c>?kode=</c>, else the cookie; null when neither is a plausible code.</summary>
    public static string? Prefill(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Plausible(request.Query["kode"]) ?? Plausible(request.Cookies[CodeCookie]);
    }

    /// <summary>A normalized code of 4–16 ASCII letters and digits, else null.</summary>
    private static string? Plausible(string? typed) =>
        VoucherCode.Normalize(typed) is { Length: >= 4 and <= 16 } code && code.All(char.IsAsciiLetterOrDigit) ? code : null;

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
        Response.Cookies.Delete(CodeCookie, new CookieOptions { Path = Request.PathBase + "/" });
        Log.VoucherOnline(logger, voucher.Id);
        return Act(outcome);
    }
}
