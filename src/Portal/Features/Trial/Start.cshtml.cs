using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Trial;

/// <summary>Free trial (<c>/coba</c>).</summary>
public sealed class StartModel(
    LoginAttempts attempts, TrialAllowance trials, DeviceLogin deviceLogin, IStringLocalizer<SharedResource> t, ILogger<StartModel> logger)
    : ResidentPage
{
    /// <summary>Today's trial is spent: the page offers the other ways in only.</summary>
    public bool UsedUp { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAttemptAsync(attempts);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? phone)
    {
        if (!await LoadAttemptAsync(attempts))
        {
            return Page();
        }

        var ct = HttpContext.RequestAborted;
        TrialPrep prep;
        try
        {
            prep = await trials.PrepareAsync(Attempt!, phone, ct);
        }
        catch (Exception ex) when (RouterFaults.Is(ex))
        {
            Log.RouterTroubleForTrial(logger, ex, Attempt!.Id);
            return Show(t["Router Wi-Fi sedang tidak bisa dihubungi. Tunggu sebentar, lalu coba lagi."]);
        }

        switch (prep.Refusal)
        {
            case TrialRefusal.Disabled:
                UsedUp = true;
                return Show(t["Coba gratis tidak tersedia di sini. Silakan masuk sebagai anggota atau dengan voucher."]);
            case TrialRefusal.BadPhone:
                return Show(t["Nomor HP tidak valid. Contoh: 0812 3456 7890."]);
            case TrialRefusal.UsedUp:
                UsedUp = true;
                Log.TrialUsedUp(logger, Attempt!.Id);
                return Show(t["Waktu coba gratis hari ini sudah habis. Silakan coba lagi besok, atau masuk sebagai anggota atau dengan voucher."]);
        }

        var outcome = await deviceLogin.CompleteAsync(Attempt!, prep.Account!, "trial", HttpContext, ct);
        if (outcome is not LoginOutcome.Failed)
        {
            await trials.RecordAsync(Attempt!, prep, ct);
            Log.TrialOnline(logger, (int)prep.Left.TotalMinutes, Attempt!.Id);
        }

        return Act(outcome);
    }
}
