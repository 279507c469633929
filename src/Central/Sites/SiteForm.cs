using System.Globalization;
using KimHotspot.Central.Localization;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Central.Sites;

/// <summary>The registry form of a site as typed (text), checked into messages per field, then applied to a <see cref="Site"/>.</summary>
public sealed class SiteForm
{
    public const int MinIntervalSeconds = 10;
    public const int MaxIntervalSeconds = 3600;

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Kecamatan { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public string? PortalUrl { get; set; }

    public string? IntervalSeconds { get; set; } = "60";

    public static SiteForm From(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return new SiteForm
        {
            Id = site.Id, Name = site.Name, Kecamatan = site.Kecamatan,
            Latitude = site.Latitude?.ToString(CultureInfo.InvariantCulture), Longitude = site.Longitude?.ToString(CultureInfo.InvariantCulture),
            PortalUrl = site.PortalUrl, IntervalSeconds = ((int)site.ReportInterval.TotalSeconds).ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Problems by field name (empty when the form is fine). <paramref name="checkId"/> only when creating.</summary>
    public Dictionary<string, string> Check(IStringLocalizer<SharedResource> t, bool checkId)
    {
        ArgumentNullException.ThrowIfNull(t);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string field, LocalizedString message) => problems.TryAdd(field, message.Value);
        if (checkId && !SiteCode.IsValid(SiteCode.Normalize(Id)))
        {
            Add(nameof(Id), string.IsNullOrWhiteSpace(Id) ? t["Kode situs wajib diisi."]
                : t["Kode situs harus kode desa Kemendagri: angka dan titik, 10–13 karakter, misalnya 71.74.01.2001."]);
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 120)
        {
            Add(nameof(Name), t["Nama desa wajib diisi, paling banyak 120 karakter."]);
        }

        if ((Kecamatan ?? "").Trim().Length > 120)
        {
            Add(nameof(Kecamatan), t["Nama kecamatan paling banyak 120 karakter."]);
        }

        var (lat, latOk) = Coordinate(Latitude, 90);
        var (lon, lonOk) = Coordinate(Longitude, 180);
        if (!latOk)
        {
            Add(nameof(Latitude), t["Lintang harus angka antara -90 dan 90, misalnya 0.7243."]);
        }

        if (!lonOk)
        {
            Add(nameof(Longitude), t["Bujur harus angka antara -180 dan 180, misalnya 124.3156."]);
        }

        if (latOk && lonOk && (lat is null) != (lon is null))
        {
            Add(nameof(Longitude), t["Isi lintang dan bujur bersama-sama, atau kosongkan keduanya."]);
        }

        if (!string.IsNullOrWhiteSpace(PortalUrl) && !PortalAddressOk(PortalUrl.Trim()))
        {
            Add(nameof(PortalUrl), t["Alamat Portal harus alamat http:// atau https://, misalnya http://10.8.0.12."]);
        }

        if (!int.TryParse(IntervalSeconds, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) || seconds is < MinIntervalSeconds or > MaxIntervalSeconds)
        {
            Add(nameof(IntervalSeconds), t["Interval laporan harus bilangan bulat antara {0} dan {1} detik.", MinIntervalSeconds, MaxIntervalSeconds]);
        }

        return problems;
    }

    /// <summary>Copies the checked values (not the id) onto <paramref name="site"/>.</summary>
    public void ApplyTo(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        site.Name = (Name ?? "").Trim();
        site.Kecamatan = (Kecamatan ?? "").Trim();
        site.Latitude = Coordinate(Latitude, 90).Value;
        site.Longitude = Coordinate(Longitude, 180).Value;
        site.PortalUrl = string.IsNullOrWhiteSpace(PortalUrl) ? null : PortalUrl.Trim().TrimEnd('/');
        site.ReportInterval = TimeSpan.FromSeconds(int.Parse(IntervalSeconds!, CultureInfo.InvariantCulture));
    }

    /// <summary>An optional coordinate; a comma is taken as the decimal mark too.</summary>
    private static (double? Value, bool Ok) Coordinate(string? text, double limit)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, true);
        }

        var ok = double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value) && Math.Abs(value) <= limit;
        return ok ? (value, true) : (null, false);
    }

    private static bool PortalAddressOk(string text) =>
        text.Length <= 300 && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(uri.Host)
        && string.IsNullOrEmpty(uri.UserInfo);
}
