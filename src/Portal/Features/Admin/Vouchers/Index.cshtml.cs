using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Vouchers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Vouchers;

/// <summary><c>/admin/voucher</c>: the voucher batches, newest first, with how many codes are in each state.</summary>
public sealed class IndexModel(PortalDb db, TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    public sealed record BatchRow(int Id, string Name, string Tier, DateTimeOffset CreatedAt, string CreatedBy, IReadOnlyDictionary<VoucherState, int> Counts)
    {
        public int Count(VoucherState state) => Counts.GetValueOrDefault(state);
    }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "hal")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<BatchRow> Batches { get; private set; } = [];

    public bool HasMore { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var query = db.VoucherBatches.AsNoTracking();
        if (Search?.Trim() is { Length: > 0 } search)
        {
            query = query.Where(b => EF.Functions.Like(b.Name, "%" + search + "%"));
        }

        var batches = await query.OrderByDescending(b => b.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(b => new { b.Id, b.Name, Tier = b.Tier!.Name, b.CreatedAt, b.CreatedBy })
            .ToListAsync(cancellationToken);
        HasMore = batches.Count > PageSize;
        var ids = batches.Take(PageSize).Select(b => b.Id).ToList();
        var now = time.GetUtcNow();
        var counts = await db.Vouchers.AsNoTracking().Where(v => ids.Contains(v.BatchId))
            .Select(v => new
            {
                v.BatchId,
                State = v.State == VoucherState.Active && v.ExpiresAt <= now ? VoucherState.Expired
                    : v.State == VoucherState.Unused && v.Batch!.UseBefore <= now ? VoucherState.Expired
                    : v.State,
            })
            .GroupBy(v => new { v.BatchId, v.State })
            .Select(g => new { g.Key.BatchId, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken);
        Batches = [.. batches.Take(PageSize).Select(b => new BatchRow(
            b.Id, b.Name, b.Tier, b.CreatedAt, b.CreatedBy,
            counts.Where(c => c.BatchId == b.Id).ToDictionary(c => c.State, c => c.Count)))];
    }
}
