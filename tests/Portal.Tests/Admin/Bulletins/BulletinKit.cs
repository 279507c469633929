using System.Globalization;
using System.Net;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Tests.Login;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Admin.Bulletins;

/// <summary>Helpers for the bulletin admin tests on top of <see cref="AdminKit"/>.</summary>
internal static class BulletinKit
{
    public const string NewUrl = "/admin/buletin/baru";

    /// <summary>A signed-in client of <paramref name="role"/> and its username.</summary>
    public static async Task<(HttpClient Client, string Username)> SignInAsync(AdminKit kit, AdminRole role)
    {
        var (name, password) = await kit.CreateAccountAsync(role);
        var client = kit.AnonymousClient();
        var response = await AdminKit.SignInAsync(client, name, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, name);
    }

    /// <summary>The editor's fields: a title, a body, everyone, shown at once.</summary>
    public static Dictionary<string, string> Fields(string title, string body = "Isi pengumuman.") => new()
    {
        ["Input.Title"] = title,
        ["Input.Body"] = body,
        ["Input.Audience"] = nameof(BulletinAudience.Everyone),
        ["Input.StartsAt"] = string.Empty,
        ["Input.EndsAt"] = string.Empty,
    };

    /// <summary>Posts the new-bulletin form; a successful save redirects.</summary>
    public static Task<HttpResponseMessage> CreateAsync(HttpClient client, IDictionary<string, string> fields) =>
        AdminKit.PostFormAsync(client, NewUrl, NewUrl, fields);

    /// <summary>Creates a bulletin through the page and returns its row.</summary>
    public static async Task<Bulletin> CreatedAsync(AdminKit kit, HttpClient client, IDictionary<string, string> fields)
    {
        var response = await CreateAsync(client, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await kit.WithDbAsync((db, _) => db.Bulletins.AsNoTracking().SingleAsync(b => b.Title == fields["Input.Title"]));
    }

    public static Task<Bulletin?> FindAsync(AdminKit kit, int id) =>
        kit.WithDbAsync((db, _) => db.Bulletins.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id));

    public static Task<int> AddAsync(AdminKit kit, Bulletin bulletin) =>
        kit.WithDbAsync(async (db, _) =>
        {
            db.Bulletins.Add(bulletin);
            await db.SaveChangesAsync();
            return bulletin.Id;
        });

    public static Task<List<AuditEntry>> AuditAsync(AdminKit kit, string action) =>
        kit.WithDbAsync((db, _) => db.AuditEntries.AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync());

    /// <summary>The splash page of a fresh login attempt, as a resident's phone gets it.</summary>
    public static async Task<string> SplashAsync(AdminKit kit)
    {
        using var resident = kit.App.Client();
        string id = await EntryHelpers.CaptureAsync(resident);
        return await resident.GetStringAsync(new Uri("/?a=" + Uri.EscapeDataString(id), UriKind.Relative));
    }

    /// <summary>A village-local time as the datetime-local input sends it.</summary>
    public static string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeProvider.System.LocalTimeZone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static string Images(AdminKit kit) => Path.Combine(kit.App.DataDirectory, "images");

    public static string[] ImageFiles(AdminKit kit) =>
        Directory.Exists(Images(kit)) ? Directory.GetFiles(Images(kit)) : [];

    public static async Task<HttpResponseMessage> PostWithoutTokenAsync(HttpClient client, string url, IDictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}
