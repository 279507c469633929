using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Members;

/// <summary>
/// <c>/admin/anggota/{id}/hapus</c>: deleting a member with all their personal data, confirmed by typing their
/// phone number (any form) or the word HAPUS.
/// </summary>
public sealed class DeleteModel(MemberActions actions, MemberEraser eraser, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string ConfirmWord = "HAPUS";

    public Member Member { get; private set; } = null!;

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await actions.FindAsync(id, cancellationToken) is not { } member)
        {
            return NotFound();
        }

        Member = member;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? confirm, CancellationToken cancellationToken)
    {
        if (await actions.FindAsync(id, cancellationToken) is not { } member)
        {
            return NotFound();
        }

        Member = member;
        if (!Confirms(member, confirm))
        {
            Error = t["Ketik nomor HP anggota ini atau kata HAPUS untuk menghapus."];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var counts = await eraser.EraseAsync(member, cancellationToken);
        TempData["Done"] = counts.RouterFollowed
            ? t["Anggota dan semua datanya sudah dihapus."].Value
            : t["Anggota dan semua datanya sudah dihapus. Router sedang tidak bisa dihubungi: akun router-nya tidak bisa dipakai lagi dan akan dibersihkan nanti."].Value;
        return Redirect("~/admin/anggota");
    }

    public static bool Confirms(Member member, string? confirm)
    {
        ArgumentNullException.ThrowIfNull(member);
        var text = confirm?.Trim();
        return string.Equals(text, ConfirmWord, StringComparison.OrdinalIgnoreCase)
            || (PhoneNumber.Normalize(text) is { } phone && phone == member.Phone);
    }
}
