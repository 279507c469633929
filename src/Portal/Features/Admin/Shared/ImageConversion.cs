using SkiaSharp;

namespace KimHotspot.Portal.Features.Admin.Shared;

/// <summary>The pure part of <see cref="UploadedImage"/>: bytes in, checked and re-encoded bytes out.</summary>
internal static class ImageConversion
{
    /// <summary>JPEG quality of stored pictures: small on phones, no visible blocks.</summary>
    public const int JpegQuality = 80;

    public static ConvertedImage Convert(byte[] content, int maxWidth)
    {
        var format = Sniff(content);
        if (format is null)
        {
            return ConvertedImage.Refused(UploadedImage.NotAnImage);
        }

        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat != format || codec.FrameCount > 1)
        {
            return ConvertedImage.Refused(codec is null ? UploadedImage.Damaged : UploadedImage.NotAnImage);
        }

        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > UploadedImage.MaxPixels)
        {
            return ConvertedImage.Refused(UploadedImage.TooManyPixels);
        }

        using var decoded = Decode(codec, maxWidth);
        if (decoded is null)
        {
            return ConvertedImage.Refused(UploadedImage.Damaged);
        }

        using var upright = ImageOrientation.Apply(decoded, codec.EncodedOrigin);
        using var scaled = ScaleDown(upright, maxWidth);
        bool transparent = info.AlphaType != SKAlphaType.Opaque && HasTransparency(scaled);
        using var output = new MemoryStream();
        bool encoded = transparent
            ? scaled.Encode(output, SKEncodedImageFormat.Png, 100)
            : scaled.Encode(output, SKEncodedImageFormat.Jpeg, JpegQuality);
        return encoded
            ? new ConvertedImage(output.ToArray(), $"-{scaled.Width}x{scaled.Height}" + (transparent ? ".png" : ".jpg"), null)
            : ConvertedImage.Refused(UploadedImage.Damaged);
    }

    /// <summary>The format the first bytes announce (JPEG, PNG, WebP), or null.</summary>
    public static SKEncodedImageFormat? Sniff(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF)
        {
            return SKEncodedImageFormat.Jpeg;
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return SKEncodedImageFormat.Png;
        }

        if (b.Length >= 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8))
        {
            return SKEncodedImageFormat.Webp;
        }

        return null;
    }

    /// <summary>
    /// Decodes every pixel (a cut-off file fails here). A large JPEG is decoded at a reduced size when the codec
    /// can (1/2, 1/4, 1/8), never below what the final width needs.
    /// </summary>
    private static SKBitmap? Decode(SKCodec codec, int maxWidth)
    {
        var size = codec.Info.Size;
        int shownWidth = ImageOrientation.SwapsSides(codec.EncodedOrigin) ? size.Height : size.Width;
        if (shownWidth > maxWidth)
        {
            var reduced = codec.GetScaledDimensions((float)maxWidth / shownWidth);
            int reducedShown = ImageOrientation.SwapsSides(codec.EncodedOrigin) ? reduced.Height : reduced.Width;
            if (reducedShown >= maxWidth && reduced.Width < size.Width)
            {
                var small = TryDecode(codec, reduced);
                if (small is not null)
                {
                    return small;
                }
            }
        }

        return TryDecode(codec, size);
    }

    private static SKBitmap? TryDecode(SKCodec codec, SKSizeI size)
    {
        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, alpha);
        var bitmap = new SKBitmap();
        if (!bitmap.TryAllocPixels(info))
        {
            bitmap.Dispose();
            return null;
        }

        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result == SKCodecResult.Success)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }

    /// <summary>A copy at most <paramref name="maxWidth"/> wide, same aspect ratio; never made larger.</summary>
    private static SKBitmap ScaleDown(SKBitmap source, int maxWidth)
    {
        if (source.Width <= maxWidth)
        {
            return source.Copy();
        }

        int height = Math.Max(1, (int)Math.Round((double)source.Height * maxWidth / source.Width));
        var info = new SKImageInfo(maxWidth, height, source.ColorType, source.AlphaType);
        return source.Resize(info, new SKSamplingOptions(SKCubicResampler.Mitchell))
            ?? throw new InvalidOperationException("Scaling the picture failed.");
    }

    private static bool HasTransparency(SKBitmap bitmap)
    {
        var pixels = bitmap.GetPixelSpan();
        for (int i = 3; i < pixels.Length; i += 4)
        {
            if (pixels[i] != 0xFF)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Re-encoded picture bytes and the end of their file name (<c>-WxH.jpg</c>), or the refusal's resource key.</summary>
internal sealed record ConvertedImage(byte[]? Bytes, string NameSuffix, string? Error)
{
    public static ConvertedImage Refused(string error) => new(null, string.Empty, error);
}
