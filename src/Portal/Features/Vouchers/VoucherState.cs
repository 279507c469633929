namespace KimHotspot.Portal.Features.Vouchers;

/// <summary>Where a voucher code stands.</summary>
public enum VoucherState
{
    Unused,
    Active,
    UsedUp,
    Expired,
    Revoked,
}
