using KimHotspot.RouterOs.Hotspot;

namespace KimHotspot.RouterAgent.Collect;

/// <summary>
/// Pure bookkeeping of hotspot byte counters between readings (no I/O, not thread-safe).
/// <para>
/// Why user counters: a session's own counters vanish with it, so the bytes a session moved between
/// the last poll and its end would be lost. <c>/ip/hotspot/user</c> keeps accumulated totals per
/// user (reference §4.4) that outlive sessions, so for every session of a local user the bytes come
/// from the growth of that user's total instead. Sessions without a user row (trial <c>T-…</c>,
/// MAC login without a user, RADIUS) are counted from their own counters; for those, and for users
/// deleted between polls, the bytes since the last poll of a session that ended are still lost.
/// </para>
/// Sessions are matched by id, user, MAC and login method (ids are not stable across reboots; after a
/// reboot every session is new). A counter that went back counts as reset (<see cref="CounterDelta"/>).
/// </summary>
internal sealed class HotspotLedger(HotspotPollerOptions options)
{
    private Dictionary<string, (long In, long Out)>? _sessions;
    private Dictionary<string, (string Id, long In, long Out)> _users = new(StringComparer.Ordinal);

    /// <summary>Takes a reading; null for the first one (the baseline), else the interval since the previous.</summary>
    public HotspotInterval? Advance(IReadOnlyList<HotspotActive> active, IReadOnlyList<UserCounters>? users, bool rebooted)
    {
        var userTotals = UserTotals(active, users);
        var sessions = new Dictionary<string, (long In, long Out)>(StringComparer.Ordinal);
        foreach (var s in active)
        {
            sessions.TryAdd(Key(s), (s.BytesIn ?? 0, s.BytesOut ?? 0));
        }

        var previous = _sessions;
        var previousUsers = _users;
        _sessions = sessions;
        _users = userTotals;
        if (previous is null)
        {
            return null;
        }

        // After a reboot every earlier session has ended and every session now is new.
        var matchable = rebooted ? [] : previous;
        if (rebooted && options.UserCountersResetOnReboot)
        {
            previousUsers = []; // counters restarted from zero: all they show now is new
        }

        long bytesIn = 0, bytesOut = 0;
        foreach (var (name, now) in userTotals)
        {
            // A user deleted and made again under the same name has a new .id: its counters start from zero.
            (string Id, long In, long Out)? old = previousUsers.TryGetValue(name, out var o) && o.Id == now.Id ? o : null;
            bytesIn += CounterDelta.Between(old?.In, now.In).Value;
            bytesOut += CounterDelta.Between(old?.Out, now.Out).Value;
        }

        int starts = 0;
        var byMethod = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in active)
        {
            string key = Key(s);
            bool known = matchable.TryGetValue(key, out var old);
            if (!known)
            {
                starts++;
                string method = string.IsNullOrEmpty(s.LoginBy) ? "unknown" : s.LoginBy;
                byMethod[method] = byMethod.GetValueOrDefault(method) + 1;
            }

            if (s.User is null || !userTotals.ContainsKey(s.User))
            {
                bytesIn += CounterDelta.Between(known ? old.In : null, s.BytesIn ?? 0).Value;
                bytesOut += CounterDelta.Between(known ? old.Out : null, s.BytesOut ?? 0).Value;
            }
        }

        int ends = previous.Keys.Count(k => !matchable.ContainsKey(k) || !sessions.ContainsKey(k));
        // Observed peak: the sessions at either end of the interval (short sessions in between are not seen).
        int peak = Math.Max(sessions.Count, previous.Count);
        return new HotspotInterval(bytesIn, bytesOut, starts, ends, byMethod, peak);
    }

    private Dictionary<string, (string Id, long In, long Out)> UserTotals(IReadOnlyList<HotspotActive> active, IReadOnlyList<UserCounters>? users)
    {
        var totals = new Dictionary<string, (string Id, long In, long Out)>(StringComparer.Ordinal);
        if (!options.UseUserCounters || users is null)
        {
            return totals;
        }

        foreach (var u in users)
        {
            totals.TryAdd(u.Name, (u.Id, u.BytesIn, u.BytesOut));
        }

        if (!options.UserCountersIncludeActiveSessions)
        {
            foreach (var s in active)
            {
                if (s.User is { } name && totals.TryGetValue(name, out var t))
                {
                    totals[name] = (t.Id, t.In + (s.BytesIn ?? 0), t.Out + (s.BytesOut ?? 0));
                }
            }
        }

        return totals;
    }

    /// <summary>The accumulated counters of one <c>/ip/hotspot/user</c> row.</summary>
    public sealed record UserCounters(string Name, long BytesIn, long BytesOut, string Id = "")
    {
        /// <summary>The counters of a user row; null when the row has none.</summary>
        public static UserCounters? From(HotspotUser user) =>
            user.BytesIn is { } i && user.BytesOut is { } o ? new UserCounters(user.Name, i, o, user.Id) : null;
    }

    private static string Key(HotspotActive s) => string.Join('\n', s.Id, s.User, s.MacAddress, s.LoginBy);
}
