using SkiaSharp;

namespace KimHotspot.Portal.Features.Admin.Shared;

/// <summary>Turns a decoded picture upright according to its EXIF orientation (phones store photos sideways).</summary>
internal static class ImageOrientation
{
    /// <summary>True when the picture is shown with width and height exchanged (rotated a quarter turn).</summary>
    public static bool SwapsSides(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>A new upright bitmap (a plain copy for <see cref="SKEncodedOrigin.TopLeft"/>).</summary>
    public static SKBitmap Apply(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return source.Copy();
        }

        float w = source.Width;
        float h = source.Height;

        // Maps a stored pixel (x, y) to where it is shown: x' = a·x + b·y + c, y' = d·x + e·y + f.
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => Matrix(-1, 0, w, 0, 1, 0),
            SKEncodedOrigin.BottomRight => Matrix(-1, 0, w, 0, -1, h),
            SKEncodedOrigin.BottomLeft => Matrix(1, 0, 0, 0, -1, h),
            SKEncodedOrigin.LeftTop => Matrix(0, 1, 0, 1, 0, 0),
            SKEncodedOrigin.RightTop => Matrix(0, -1, h, 1, 0, 0),
            SKEncodedOrigin.RightBottom => Matrix(0, -1, h, -1, 0, w),
            SKEncodedOrigin.LeftBottom => Matrix(0, 1, 0, -1, 0, w),
            _ => SKMatrix.Identity,
        };

        var size = SwapsSides(origin) ? new SKSizeI(source.Height, source.Width) : new SKSizeI(source.Width, source.Height);
        var target = new SKBitmap(new SKImageInfo(size.Width, size.Height, source.ColorType, source.AlphaType));
        using var canvas = new SKCanvas(target);
        canvas.Clear(SKColors.Transparent);
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(source, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        canvas.Flush();
        return target;
    }

    private static SKMatrix Matrix(float a, float b, float c, float d, float e, float f) => new(a, b, c, d, e, f, 0, 0, 1);
}
