namespace KimHotspot.Portal.Features.Admin.Vouchers;

/// <summary>Section <c>Admin</c>: where printed voucher QR codes point.</summary>
public sealed class VoucherPrintOptions
{
    public const string Section = "Admin";

    /// <summary>
    /// The Portal's address as residents' phones reach it (e.g. <c>http://portal.kim.lan</c>); QR codes open
    /// <c>&lt;PublicBaseUrl&gt;/voucher?kode=…</c>. Empty: the scheme and host of the admin's own request.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>True when <see cref="PublicBaseUrl"/> is empty or an absolute http(s) URL.</summary>
    public bool IsValid() =>
        string.IsNullOrWhiteSpace(PublicBaseUrl)
        || Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
