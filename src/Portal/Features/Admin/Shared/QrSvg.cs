using QRCoder;

namespace KimHotspot.Portal.Features.Admin.Shared;

/// <summary>QR codes as inline SVG (error correction M, quiet zone included), scaled by CSS through the view box.</summary>
public static class QrSvg
{
    /// <summary>The <c>&lt;svg&gt;</c> element for <paramref name="text"/>, without an XML prolog, ready to put in a page.</summary>
    public static string For(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        var markup = svg.GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        int start = markup.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? markup[start..] : markup;
    }
}
