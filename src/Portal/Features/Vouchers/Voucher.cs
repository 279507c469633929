namespace KimHotspot.Portal.Features.Vouchers;

/// <summary>One voucher code. It works on one device unless its tier allows more.</summary>
public sealed class Voucher
{
    public int Id { get; set; }

    public int BatchId { get; set; }

    public VoucherBatch? Batch { get; set; }

    /// <summary>The code as printed (upper case, no look-alike characters).</summary>
    public string Code { get; set; } = string.Empty;

    public VoucherState State { get; set; }

    public DateTimeOffset? FirstUsedAt { get; set; }

    /// <summary>First use + batch validity.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>Name of the router-side hotspot user for this code, e.g. "v-17".</summary>
    public string RouterUser { get; set; } = string.Empty;

    public string RouterSecret { get; set; } = string.Empty;

    /// <summary>MACs that have used this code (comma-separated, upper case).</summary>
    public string Devices { get; set; } = string.Empty;

    /// <summary>When a KIM admin revoked the code.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
