using KimHotspot.Portal.Features.Members;

namespace KimHotspot.Portal.Features.Vouchers;

/// <summary>A batch of voucher codes printed together: one tier, one validity.</summary>
public sealed class VoucherBatch
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public int TierId { get; set; }

    public Tier? Tier { get; set; }

    /// <summary>How long a code stays usable after its first login.</summary>
    public TimeSpan Validity { get; set; }

    /// <summary>Codes never used by then expire.</summary>
    public DateTimeOffset? UseBefore { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Username of the admin who generated the batch.</summary>
    public string CreatedBy { get; set; } = string.Empty;

    /// <summary>Characters per code in this batch.</summary>
    public int CodeLength { get; set; } = 8;

    public List<Voucher> Vouchers { get; set; } = [];
}
