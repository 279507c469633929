using System.Globalization;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Vouchers;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Vouchers;

/// <summary>What a KIM admin asked for: a named batch of codes of one tier.</summary>
public sealed record BatchRequest(string Name, int Count, int TierId, TimeSpan Validity, DateTimeOffset? UseBefore, int CodeLength);

/// <summary>
/// Generates a batch in one transaction: random codes unique against the whole table, each with its own router
/// user <c>v-&lt;id&gt;</c> and secret (as <see cref="VoucherRedemption"/> expects), and the audit entry.
/// </summary>
public sealed class VoucherGenerator(PortalDb db, AuditLog audit, TimeProvider time, ILogger<VoucherGenerator> logger)
{
    public const int MaxCount = 500;

    private const int Attempts = 3;

    /// <summary>Creates the batch and returns it (codes included).</summary>
    public async Task<VoucherBatch> GenerateAsync(BatchRequest request, string createdBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Count, MaxCount);
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await TryGenerateAsync(request, createdBy, cancellationToken);
            }
            catch (DbUpdateException e) when (attempt < Attempts)
            {
                // Another batch took one of our codes between the check and the insert: start over.
                Log.VoucherCodeCollision(logger, e, attempt);
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<VoucherBatch> TryGenerateAsync(BatchRequest request, string createdBy, CancellationToken cancellationToken)
    {
        var tier = await db.Tiers.FirstAsync(t => t.Id == request.TierId, cancellationToken);
        var codes = await NewCodesAsync(request.Count, request.CodeLength, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = new VoucherBatch
        {
            Name = request.Name,
            TierId = tier.Id,
            Validity = request.Validity,
            UseBefore = request.UseBefore,
            CreatedAt = time.GetUtcNow(),
            CreatedBy = createdBy,
            CodeLength = request.CodeLength,
            Vouchers = [.. codes.Select(c => new Voucher { Code = c, State = VoucherState.Unused })],
        };
        db.VoucherBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var voucher in batch.Vouchers)
        {
            voucher.RouterUser = "v-" + voucher.Id.ToString(CultureInfo.InvariantCulture);
            voucher.RouterSecret = Secrets.NewToken(18);
        }

        audit.Add(db, "voucher.generate", Target(batch.Id), after: new
        {
            Batch = batch.Id, batch.Name, Count = codes.Count, Tier = tier.Name, TierId = tier.Id,
            Validity = batch.Validity.ToString("c", CultureInfo.InvariantCulture), batch.UseBefore, batch.CodeLength,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Log.VoucherBatchGenerated(logger, batch.Id, codes.Count, tier.Id);
        return batch;
    }

    /// <summary><paramref name="count"/> codes, distinct among themselves and from every stored code.</summary>
    private async Task<List<string>> NewCodesAsync(int count, int length, CancellationToken cancellationToken)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        while (codes.Count < count)
        {
            var fresh = new HashSet<string>(StringComparer.Ordinal);
            while (codes.Count + fresh.Count < count)
            {
                var code = VoucherAlphabet.NewCode(length);
                if (!codes.Contains(code))
                {
                    fresh.Add(code);
                }
            }

            var taken = await db.Vouchers.Where(v => fresh.Contains(v.Code)).Select(v => v.Code).ToListAsync(cancellationToken);
            fresh.ExceptWith(taken);
            codes.UnionWith(fresh);
        }

        return [.. codes];
    }

    public static string Target(int batchId) => "voucher-batch:" + batchId.ToString(CultureInfo.InvariantCulture);
}
