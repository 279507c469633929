using System.Globalization;
using Microsoft.Extensions.Options;
using QRCoder;

namespace KimHotspot.Portal.Features.Admin.Vouchers;

/// <summary>The link a printed voucher's QR code opens, and the QR code itself as inline SVG.</summary>
public sealed class VoucherQr(IOptions<VoucherPrintOptions> options)
{
    /// <summary>The Portal's base URL (no trailing slash): the configured one, else the request's scheme and host.</summary>
    public string BaseUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return options.Value.PublicBaseUrl is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : string.Create(CultureInfo.InvariantCulture, $"{request.Scheme}://{request.Host}{request.PathBase}").TrimEnd('/');
    }

    /// <summary><c>&lt;base&gt;/voucher?kode=&lt;CODE&gt;</c>.</summary>
    public static string LinkFor(string baseUrl, string code)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(code);
        return baseUrl.TrimEnd('/') + "/voucher?kode=" + Uri.EscapeDataString(code);
    }

    /// <summary>The QR code (inline SVG) of <paramref name="text"/>.</summary>
    public static string Svg(string text) => Shared.QrSvg.For(text);
}
