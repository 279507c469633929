using KimHotspot.Portal.Data;
using KimHotspot.RouterOs.Values;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Online;

/// <summary>Who each router user is (members, vouchers with their batch), and the Portal's latest login method per device.</summary>
public sealed class OnlineNames
{
    private readonly Dictionary<string, string> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Batch, string Code)> _vouchers = new(StringComparer.Ordinal);
    private readonly Dictionary<(string User, string Mac), string> _methods = [];

    /// <summary>One query per kind for the users on the list (only those, never the whole table).</summary>
    public static async Task<OnlineNames> LoadAsync(PortalDb db, IReadOnlyCollection<string> users, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(users);
        var names = new OnlineNames();
        var memberUsers = users.Where(u => u.StartsWith("m-", StringComparison.Ordinal)).Distinct().ToList();
        var voucherUsers = users.Where(u => u.StartsWith("v-", StringComparison.Ordinal)).Distinct().ToList();
        foreach (var m in await db.Members.AsNoTracking().Where(m => memberUsers.Contains(m.RouterUser))
                     .Select(m => new { m.RouterUser, m.FullName }).ToListAsync(cancellationToken))
        {
            names._members[m.RouterUser] = m.FullName;
        }

        foreach (var v in await db.Vouchers.AsNoTracking().Where(v => voucherUsers.Contains(v.RouterUser))
                     .Select(v => new { v.RouterUser, v.Code, Batch = v.Batch!.Name }).ToListAsync(cancellationToken))
        {
            names._vouchers[v.RouterUser] = (v.Batch, v.Code);
        }

        var all = users.Distinct().ToList();
        var records = await db.SessionRecords.AsNoTracking().Where(s => all.Contains(s.RouterUser))
            .OrderBy(s => s.At).Select(s => new { s.RouterUser, s.MacAddress, s.Method }).ToListAsync(cancellationToken);
        foreach (var r in records)
        {
            names._methods[(r.RouterUser, Normal(r.MacAddress))] = r.Method; // ordered oldest first: the newest wins
        }

        return names;
    }

    /// <summary>Kind, display name and a short detail for the router user.</summary>
    public (OnlineKind Kind, string Name, string? Detail) Describe(string user, string? mac)
    {
        if (_members.TryGetValue(user, out var name))
        {
            return (OnlineKind.Member, name, null);
        }

        if (_vouchers.TryGetValue(user, out var voucher))
        {
            string code = voucher.Code.Length > 3 ? voucher.Code[^3..] : voucher.Code;
            return (OnlineKind.Voucher, voucher.Batch, "…" + code);
        }

        return user.StartsWith("tr-", StringComparison.Ordinal)
            ? (OnlineKind.Trial, string.Empty, null)
            : (OnlineKind.Other, user, null);
    }

    /// <summary>The Portal's method of this device's latest login as this user, or null.</summary>
    public string? Method(string user, string? mac) => _methods.GetValueOrDefault((user, Normal(mac)));

    private static string Normal(string? mac) => MacAddress.TryNormalize(mac, out var m) ? m : mac ?? string.Empty;
}
