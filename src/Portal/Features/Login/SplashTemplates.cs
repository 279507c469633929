using System.Collections.Concurrent;
using KimHotspot.Portal.Features.Bulletins;

namespace KimHotspot.Portal.Features.Login;

/// <summary>
/// The splash page as rendered for one language and attempt state, cut at each place where the attempt id
/// stands. Every cookieless device with a live attempt sees the same page but for its id, so a view only has to
/// join the pieces around the id. A template is used only while the content it was rendered from is current:
/// the same <see cref="PublicContent.Version"/> and the same visible bulletins (schedules start and end by time).
/// </summary>
public sealed class SplashTemplates
{
    /// <summary>Languages × attempt states; more never exist.</summary>
    private readonly ConcurrentDictionary<(string Culture, bool Completed), Template> _templates = new();

    /// <summary>The cached pieces, or null when there are none for this content.</summary>
    public byte[][]? Find(string culture, bool completed, long contentVersion, IReadOnlyList<Bulletin> bulletins) =>
        _templates.TryGetValue((culture, completed), out var t) && t.ContentVersion == contentVersion && SameIds(t.BulletinIds, bulletins)
            ? t.Pieces
            : null;

    /// <summary>
    /// Keeps <paramref name="page"/> cut at <paramref name="attemptId"/>. Returns false (and keeps nothing) when the
    /// id does not appear, so a page that does not carry it is never served to another device.
    /// </summary>
    public bool Store(string culture, bool completed, long contentVersion, IReadOnlyList<Bulletin> bulletins, ReadOnlySpan<byte> page, ReadOnlySpan<byte> attemptId)
    {
        ArgumentNullException.ThrowIfNull(bulletins);
        var pieces = new List<byte[]>();
        var rest = page;
        int at;
        while ((at = rest.IndexOf(attemptId)) >= 0)
        {
            pieces.Add(rest[..at].ToArray());
            rest = rest[(at + attemptId.Length)..];
        }

        if (pieces.Count == 0)
        {
            return false;
        }

        pieces.Add(rest.ToArray());
        _templates[(culture, completed)] = new Template(contentVersion, [.. bulletins.Select(b => b.Id)], [.. pieces]);
        return true;
    }

    /// <summary>Forgets every template (tests; a deploy restarts the process anyway).</summary>
    public void Clear() => _templates.Clear();

    private static bool SameIds(int[] held, IReadOnlyList<Bulletin> now)
    {
        if (held.Length != now.Count)
        {
            return false;
        }

        for (int i = 0; i < held.Length; i++)
        {
            if (held[i] != now[i].Id)
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Template(long ContentVersion, int[] BulletinIds, byte[][] Pieces);
}
