using System.Globalization;
using System.Security.Claims;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Vouchers;

/// <summary><c>/admin/voucher/baru</c>: generate a batch (name, count, tier, validity, use-before date, code length).</summary>
public sealed class NewModel(PortalDb db, VoucherGenerator generator, TimeProvider time, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>Validity choices: form value → duration ("lain" = custom).</summary>
    public static readonly IReadOnlyList<(string Value, TimeSpan Validity)> Choices =
        [("1j", TimeSpan.FromHours(1)), ("1h", TimeSpan.FromDays(1)), ("7h", TimeSpan.FromDays(7)), ("30h", TimeSpan.FromDays(30))];

    [BindProperty] public string? Name { get; set; }

    [BindProperty] public int Count { get; set; } = 50;

    [BindProperty] public int TierId { get; set; }

    [BindProperty] public string Validity { get; set; } = "1h";

    [BindProperty] public int? CustomAmount { get; set; }

    [BindProperty] public string CustomUnit { get; set; } = "jam";

    [BindProperty] public string? UseBefore { get; set; }

    [BindProperty] public int CodeLength { get; set; } = VoucherAlphabet.DefaultLength;

    public IReadOnlyList<Tier> TierList { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadTiersAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadTiersAsync(cancellationToken);
        var request = Validate();
        if (request is null)
        {
            return Page();
        }

        var batch = await generator.GenerateAsync(request, User.FindFirstValue(ClaimTypes.Name) ?? "?", cancellationToken);
        TempData["Done"] = t["{0} kode voucher dibuat di batch \"{1}\".", batch.Vouchers.Count, batch.Name].Value;
        return Redirect("~/admin/voucher/" + batch.Id.ToString(CultureInfo.InvariantCulture));
    }

    private async Task LoadTiersAsync(CancellationToken cancellationToken) =>
        TierList = await db.Tiers.AsNoTracking().OrderBy(x => x.Name).ToListAsync(cancellationToken);

    private BatchRequest? Validate()
    {
        ModelState.Clear(); // messages below are ours, in the page's language
        var name = Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 80)
        {
            ModelState.AddModelError(nameof(Name), t["Isi nama batch (paling banyak 80 huruf)."]);
        }

        if (Count is < 1 or > VoucherGenerator.MaxCount)
        {
            ModelState.AddModelError(nameof(Count), t["Jumlah kode antara 1 dan {0}.", VoucherGenerator.MaxCount]);
        }

        if (TierList.All(x => x.Id != TierId))
        {
            ModelState.AddModelError(nameof(TierId), t["Pilih paket."]);
        }

        var validity = ParseValidity();
        if (validity is null)
        {
            ModelState.AddModelError(nameof(CustomAmount), t["Isi masa berlaku: 1–8760 jam atau 1–365 hari."]);
        }

        DateTimeOffset? useBefore = null;
        if (!string.IsNullOrWhiteSpace(UseBefore))
        {
            if (DateOnly.TryParseExact(UseBefore, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                && VoucherText.EndOfLocalDay(day) > time.GetUtcNow())
            {
                useBefore = VoucherText.EndOfLocalDay(day);
            }
            else
            {
                ModelState.AddModelError(nameof(UseBefore), t["Tanggal \"pakai sebelum\" harus hari ini atau sesudahnya."]);
            }
        }

        if (CodeLength is < VoucherAlphabet.MinLength or > VoucherAlphabet.MaxLength)
        {
            ModelState.AddModelError(nameof(CodeLength), t["Panjang kode antara {0} dan {1} karakter.", VoucherAlphabet.MinLength, VoucherAlphabet.MaxLength]);
        }

        return ModelState.IsValid ? new BatchRequest(name, Count, TierId, validity!.Value, useBefore, CodeLength) : null;
    }

    private TimeSpan? ParseValidity()
    {
        if (Choices.FirstOrDefault(c => c.Value == Validity) is { Value: not null } choice)
        {
            return choice.Validity;
        }

        return (Validity, CustomUnit, CustomAmount) switch
        {
            ("lain", "jam", >= 1 and <= 8760) => TimeSpan.FromHours(CustomAmount.Value),
            ("lain", "hari", >= 1 and <= 365) => TimeSpan.FromDays(CustomAmount.Value),
            _ => null,
        };
    }
}
