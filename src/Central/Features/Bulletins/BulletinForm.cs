using System.Globalization;
using KimHotspot.Central.Bulletins;
using KimHotspot.Central.Localization;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Central.Features.Bulletins;

/// <summary>The bulletin form: times are local to <c>Central:TimeZone</c> (<c>datetime-local</c> inputs).</summary>
public sealed class BulletinForm
{
    public const string LocalFormat = "yyyy-MM-dd'T'HH:mm";

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public string PublishAt { get; set; } = "";

    public string? ExpiresAt { get; set; }

    /// <summary><c>all</c> or <c>some</c>.</summary>
    public string Target { get; set; } = "all";

    public List<string> SiteIds { get; set; } = [];

    public List<string> Kecamatans { get; set; } = [];

    public static BulletinForm From(CityBulletin b, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(b);
        return new BulletinForm
        {
            Title = b.Title, Body = b.Body, PublishAt = Local(b.PublishAt, zone),
            ExpiresAt = b.ExpiresAt is { } e ? Local(e, zone) : null,
            Target = b.AllSites ? "all" : "some", SiteIds = [.. b.SiteIds], Kecamatans = [.. b.Kecamatans],
        };
    }

    public static string Local(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString(LocalFormat, CultureInfo.InvariantCulture);

    /// <summary>Problems by field (empty when the form is good); on success <paramref name="into"/> holds the values.</summary>
    public Dictionary<string, string> Check(IStringLocalizer<SharedResource> t, TimeZoneInfo zone, ISet<string> knownSites, CityBulletin into)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(into);
        var problems = new Dictionary<string, string>();
        // Model binding turns empty fields into null.
        Title = Title?.Trim() ?? "";
        Body = Body?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() ?? "";
        (SiteIds, Kecamatans) = (SiteIds ?? [], Kecamatans ?? []);
        if (Title.Length is 0 or > CityBulletin.MaxTitle)
        {
            problems[nameof(Title)] = t["Judul wajib diisi, paling banyak {0} karakter.", CityBulletin.MaxTitle];
        }

        if (Body.Length is 0 or > CityBulletin.MaxBody)
        {
            problems[nameof(Body)] = t["Isi wajib diisi, paling banyak {0} karakter.", CityBulletin.MaxBody];
        }

        var publish = Parse(PublishAt, zone);
        var expires = string.IsNullOrWhiteSpace(ExpiresAt) ? null : Parse(ExpiresAt, zone);
        if (publish is null)
        {
            problems[nameof(PublishAt)] = t["Isi waktu terbit."];
        }

        if (!string.IsNullOrWhiteSpace(ExpiresAt) && (expires is null || expires <= publish))
        {
            problems[nameof(ExpiresAt)] = t["Waktu berakhir harus sesudah waktu terbit."];
        }

        var sites = SiteIds.Where(knownSites.Contains).Distinct(StringComparer.Ordinal).ToList();
        var kecamatans = Kecamatans.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var all = Target != "some";
        if (!all && sites.Count == 0 && kecamatans.Count == 0)
        {
            problems[nameof(Target)] = t["Pilih paling sedikit satu situs atau kecamatan."];
        }

        if (problems.Count == 0)
        {
            (into.Title, into.Body, into.PublishAt, into.ExpiresAt) = (Title, Body, publish!.Value, expires);
            (into.AllSites, into.SiteIds, into.Kecamatans) = (all, all ? [] : sites, all ? [] : kecamatans);
        }

        return problems;
    }

    private static DateTimeOffset? Parse(string? text, TimeZoneInfo zone) =>
        DateTime.TryParseExact(text?.Trim(), [LocalFormat, "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone), TimeSpan.Zero)
            : null;
}
