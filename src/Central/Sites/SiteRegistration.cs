using KimHotspot.Central.Data;
using KimHotspot.Central.Operators;
using KimHotspot.Central.Proxy;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Sites;

/// <summary>
/// Registers a village from a checked <see cref="SiteForm"/>, the one way both the registry page and the
/// <c>site create</c> command do it: the row, its audit entry, one save, and the gateway told at once.
/// </summary>
internal static class SiteRegistration
{
    /// <summary>The new site, or null when its code is already registered (nothing written).</summary>
    public static async Task<Site?> RegisterAsync(
        CentralDb db, TimeProvider time, RegistryChanges registry, SiteForm form, string actor, CancellationToken cancellationToken)
    {
        var id = SiteCode.Normalize(form.Id);
        if (await db.Sites.AnyAsync(s => s.Id == id, cancellationToken))
        {
            return null;
        }

        var site = new Site { Id = id, Name = "", CreatedAt = time.GetUtcNow() };
        form.ApplyTo(site);
        db.Sites.Add(site);
        OperatorAudit.Add(db, time, actor, "site.create", "site:" + id, new { site.Name, site.Kecamatan, site.PortalUrl });
        await db.SaveChangesAsync(cancellationToken);
        registry.Notify(); // the gateway's routes follow at once
        return site;
    }
}
