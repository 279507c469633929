using System.Linq.Expressions;
using KimHotspot.Portal.Features.Vouchers;

namespace KimHotspot.Portal.Features.Admin.Vouchers;

/// <summary>
/// A voucher's state as the admin sees it: the stored state, except that a code past its expiry (or an unused code
/// past the batch's use-before date) counts as expired even before a login attempt marked it so.
/// </summary>
public static class VoucherStates
{
    /// <summary>The states in the order the pages list them.</summary>
    public static readonly IReadOnlyList<VoucherState> All =
        [VoucherState.Unused, VoucherState.Active, VoucherState.UsedUp, VoucherState.Expired, VoucherState.Revoked];

    /// <summary>The effective state of one voucher (its batch loaded or given).</summary>
    public static VoucherState Effective(Voucher voucher, DateTimeOffset? useBefore, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(voucher);
        return voucher.State switch
        {
            VoucherState.Active when voucher.ExpiresAt <= now => VoucherState.Expired,
            VoucherState.Unused when useBefore <= now => VoucherState.Expired,
            var s => s,
        };
    }

    /// <summary>The same rule as a query filter: vouchers of a batch (with <paramref name="useBefore"/>) effectively in <paramref name="state"/>.</summary>
    public static Expression<Func<Voucher, bool>> Is(VoucherState state, DateTimeOffset? useBefore, DateTimeOffset now)
    {
        bool batchOver = useBefore <= now;
        return state switch
        {
            VoucherState.Unused => v => !batchOver && v.State == VoucherState.Unused,
            VoucherState.Active => v => v.State == VoucherState.Active && !(v.ExpiresAt <= now),
            VoucherState.Expired => v => v.State == VoucherState.Expired
                || v.State == VoucherState.Active && v.ExpiresAt <= now
                || batchOver && v.State == VoucherState.Unused,
            _ => v => v.State == state,
        };
    }

    /// <summary>The Indonesian label (a resource key).</summary>
    public static string Label(VoucherState state) => state switch
    {
        VoucherState.Unused => "Belum dipakai",
        VoucherState.Active => "Aktif",
        VoucherState.UsedUp => "Kuota habis",
        VoucherState.Expired => "Kedaluwarsa",
        _ => "Dibatalkan",
    };

    /// <summary>The admin.css badge class.</summary>
    public static string Badge(VoucherState state) => state switch
    {
        VoucherState.Active => "badge ok",
        VoucherState.UsedUp or VoucherState.Expired => "badge warn",
        VoucherState.Revoked => "badge bad",
        _ => "badge",
    };

    /// <summary>The state named in a query string (<c>?status=Unused</c>), or null for "all".</summary>
    public static VoucherState? Parse(string? text) =>
        Enum.TryParse<VoucherState>(text, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
}
