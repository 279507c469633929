using System.Security.Cryptography;
using System.Text;
using KimHotspot.Portal.Features.Bulletins;

namespace KimHotspot.Portal.Features.Admin.Bulletins;

/// <summary>What an audit entry records of a bulletin: the fields that matter, the body only as length and short hash.</summary>
public static class BulletinAudit
{
    public static object Snapshot(Bulletin bulletin)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        return new
        {
            bulletin.Title,
            bulletin.Pinned,
            bulletin.StartsAt,
            bulletin.EndsAt,
            Audience = bulletin.Audience.ToString(),
            Archived = bulletin.ArchivedAt is not null,
            Image = bulletin.ImageFile,
            BodyLength = bulletin.Body.Length,
            BodyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(bulletin.Body)))[..12],
        };
    }

    public static string Target(Bulletin bulletin)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        return $"bulletin:{bulletin.Id}";
    }
}
