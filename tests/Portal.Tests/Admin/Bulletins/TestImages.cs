using System.Text;
using Microsoft.AspNetCore.Http;
using SkiaSharp;

namespace KimHotspot.Portal.Tests.Admin.Bulletins;

/// <summary>Pictures made in the test with SkiaSharp, plus helpers to add metadata a phone camera would.</summary>
internal static class TestImages
{
    /// <summary>Text put into the metadata of <see cref="WithMetadata"/>: must never reach a stored file.</summary>
    public const string Secret = "GPS-7.7956S-110.3695E-SECRET";

    /// <summary>A picture: left half red, right half blue; top-left pixel transparent when <paramref name="transparent"/>.</summary>
    public static byte[] Make(int width, int height, SKEncodedImageFormat format, bool transparent = false)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Red);
            using var blue = new SKPaint { Color = SKColors.Blue };
            canvas.DrawRect(width / 2f, 0, width / 2f, height, blue);
        }

        if (transparent)
        {
            for (int y = 0; y < Math.Min(height, 8); y++)
            {
                for (int x = 0; x < Math.Min(width, 8); x++)
                {
                    bitmap.SetPixel(x, y, SKColors.Transparent);
                }
            }
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    public static byte[] Png(int width = 400, int height = 300, bool transparent = false) =>
        Make(width, height, SKEncodedImageFormat.Png, transparent);

    public static byte[] Jpeg(int width = 400, int height = 300) => Make(width, height, SKEncodedImageFormat.Jpeg);

    /// <summary>
    /// A JPEG with an EXIF segment (orientation <paramref name="orientation"/> and an ASCII tag holding
    /// <see cref="Secret"/>) and a comment segment with it too, inserted right after the start marker.
    /// </summary>
    public static byte[] WithMetadata(byte[] jpeg, ushort orientation = 1)
    {
        var secret = Encoding.ASCII.GetBytes(Secret + "\0");
        var tiff = new List<byte>();
        tiff.AddRange("MM\0\x2A"u8.ToArray());
        tiff.AddRange(BigEndian(8u));
        tiff.AddRange(BigEndian((ushort)2));                       // two entries
        tiff.AddRange(Entry(0x0112, 3, 1, (uint)orientation << 16)); // Orientation, SHORT, left-justified
        uint secretOffset = 8 + 2 + (2 * 12) + 4;
        tiff.AddRange(Entry(0x010E, 2, (uint)secret.Length, secretOffset)); // ImageDescription, ASCII
        tiff.AddRange(BigEndian(0u));                              // no next IFD
        tiff.AddRange(secret);
        var exif = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var comment = Encoding.ASCII.GetBytes(Secret);
        var result = new List<byte> { 0xFF, 0xD8 };
        result.AddRange(Segment(0xE1, exif));
        result.AddRange(Segment(0xFE, comment));
        result.AddRange(jpeg.Skip(2));
        return [.. result];
    }

    /// <summary>An <see cref="IFormFile"/> over <paramref name="content"/>, with whatever name and type a browser claims.</summary>
    public static IFormFile FormFile(byte[] content, string fileName = "foto.jpg", string contentType = "image/jpeg") =>
        new FormFile(new MemoryStream(content), 0, content.Length, "Image", fileName)
        {
            Headers = new HeaderDictionary(),
            ContentType = contentType,
        };

    public static SKImageInfo Info(byte[] content)
    {
        using var codec = SKCodec.Create(new MemoryStream(content));
        Assert.NotNull(codec);
        return codec.Info;
    }

    private static IEnumerable<byte> Segment(byte marker, byte[] payload) =>
        new byte[] { 0xFF, marker }.Concat(BigEndian((ushort)(payload.Length + 2))).Concat(payload);

    private static IEnumerable<byte> Entry(ushort tag, ushort type, uint count, uint value) =>
        BigEndian(tag).Concat(BigEndian(type)).Concat(BigEndian(count)).Concat(BigEndian(value));

    private static byte[] BigEndian(ushort value) => [(byte)(value >> 8), (byte)value];

    private static byte[] BigEndian(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
}
