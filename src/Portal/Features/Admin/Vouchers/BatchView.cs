using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Vouchers;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Vouchers;

/// <summary>Loads a batch (with its tier) and its vouchers in an effective state, for the batch, print and CSV pages.</summary>
public static class BatchView
{
    public static Task<VoucherBatch?> FindAsync(PortalDb db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.VoucherBatches.AsNoTracking().Include(b => b.Tier).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
    }

    /// <summary>The batch's vouchers, in code order of creation, optionally only those effectively in <paramref name="state"/>.</summary>
    public static IQueryable<Voucher> Vouchers(PortalDb db, VoucherBatch batch, VoucherState? state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(batch);
        var query = db.Vouchers.AsNoTracking().Where(v => v.BatchId == batch.Id);
        if (state is { } s)
        {
            query = query.Where(VoucherStates.Is(s, batch.UseBefore, now));
        }

        return query.OrderBy(v => v.Id);
    }

    /// <summary>Number of devices recorded for a code.</summary>
    public static int DeviceCount(Voucher voucher)
    {
        ArgumentNullException.ThrowIfNull(voucher);
        return voucher.Devices.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
    }
}
