using System.Text;
using KimHotspot.Portal.Features.Admin.Shared;
using KimHotspot.Portal.Features.Bulletins;
using SkiaSharp;

namespace KimHotspot.Portal.Tests.Admin.Bulletins;

public sealed class UploadedImageTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kimhotspot-upload-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task SaveAsync_LargeJpeg_ScaledDownToMaxWidthKeepingAspect()
    {
        var result = await SaveAsync(TestImages.Jpeg(2000, 1000), maxWidth: 960);

        Assert.Null(result.Error);
        Assert.True(BulletinText.IsImageName(result.FileName), result.FileName);
        Assert.EndsWith("-960x480.jpg", result.FileName, StringComparison.Ordinal);
        var info = TestImages.Info(Stored(result));
        Assert.Equal((960, 480), (info.Width, info.Height));
        Assert.Equal((960, 480), BulletinText.ImageSize(result.FileName));
    }

    [Fact]
    public async Task SaveAsync_SmallOpaquePng_NotScaledUpAndStoredAsJpeg()
    {
        var result = await SaveAsync(TestImages.Png(400, 300), maxWidth: 960);

        Assert.Null(result.Error);
        Assert.EndsWith(".jpg", result.FileName, StringComparison.Ordinal);
        var info = TestImages.Info(Stored(result));
        Assert.Equal((400, 300), (info.Width, info.Height));
    }

    [Fact]
    public async Task SaveAsync_TransparentPng_StaysPngWithAlpha()
    {
        var result = await SaveAsync(TestImages.Png(1200, 600, transparent: true), maxWidth: 600);

        Assert.EndsWith("-600x300.png", result.FileName, StringComparison.Ordinal);
        using var bitmap = SKBitmap.Decode(Stored(result));
        Assert.Equal(0, bitmap.GetPixel(0, 0).Alpha);
        Assert.Equal(255, bitmap.GetPixel(500, 200).Alpha);
    }

    [Fact]
    public async Task SaveAsync_WebP_AcceptedAndReencoded()
    {
        var result = await SaveAsync(TestImages.Make(300, 200, SKEncodedImageFormat.Webp), maxWidth: 960);

        Assert.Null(result.Error);
        Assert.Equal(SKEncodedImageFormat.Jpeg, SKCodec.Create(new MemoryStream(Stored(result)))!.EncodedFormat);
    }

    [Fact]
    public async Task SaveAsync_JpegWithExifGpsAndRotation_MetadataGoneAndTurnedUpright()
    {
        var phone = TestImages.WithMetadata(TestImages.Jpeg(400, 300), orientation: 6);
        Assert.Contains(TestImages.Secret, Encoding.ASCII.GetString(phone), StringComparison.Ordinal);

        var result = await SaveAsync(phone, maxWidth: 960);

        var stored = Stored(result);
        var text = Encoding.ASCII.GetString(stored);
        Assert.DoesNotContain(TestImages.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
        using var codec = SKCodec.Create(new MemoryStream(stored))!;
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
        using var bitmap = SKBitmap.Decode(stored);
        Assert.Equal((300, 400), (bitmap.Width, bitmap.Height));
        // Rotated a quarter turn clockwise: the stored left half (red) is now on top.
        Assert.True(IsRed(bitmap.GetPixel(150, 50)), bitmap.GetPixel(150, 50).ToString());
        Assert.True(IsBlue(bitmap.GetPixel(150, 350)), bitmap.GetPixel(150, 350).ToString());
    }

    [Fact]
    public async Task SaveAsync_TextFileRenamedJpg_RefusedAndNothingWritten()
    {
        var text = Encoding.UTF8.GetBytes("<?php system($_GET['c']); ?> bukan gambar");

        var result = await UploadedImage.SaveAsync(TestImages.FormFile(text, "foto.jpg", "image/jpeg"), _dir, 960, CancellationToken.None);

        Assert.Equal(new UploadedImageResult(null, "Berkas ini bukan gambar JPEG, PNG atau WebP."), result);
        AssertNothingWritten();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SaveAsync_TruncatedImage_RefusedAsDamaged(bool jpeg)
    {
        var whole = jpeg ? TestImages.Jpeg(800, 600) : TestImages.Png(800, 600);

        var result = await SaveAsync(whole[..(whole.Length / 2)], maxWidth: 960);

        Assert.Null(result.FileName);
        Assert.Equal(UploadedImage.Damaged, result.Error);
        AssertNothingWritten();
    }

    [Fact]
    public async Task SaveAsync_OverFiveMegabytes_RefusedTooLarge()
    {
        var big = new byte[UploadedImage.MaxUploadBytes + 1];
        TestImages.Jpeg(100, 100).CopyTo(big, 0);

        var result = await SaveAsync(big, maxWidth: 960);

        Assert.Equal(UploadedImage.TooLarge, result.Error);
        AssertNothingWritten();
    }

    [Fact]
    public async Task SaveAsync_HugePixelCountInHeader_RefusedBeforeDecoding()
    {
        var png = PngWithSize(TestImages.Png(16, 16), 10_000, 10_000);

        var result = await SaveAsync(png, maxWidth: 960);

        Assert.Equal(UploadedImage.TooManyPixels, result.Error);
        AssertNothingWritten();
    }

    [Fact]
    public async Task SaveAsync_NoFileOrEmpty_NothingToStore()
    {
        var none = await UploadedImage.SaveAsync(null, _dir, 960, CancellationToken.None);
        var empty = await SaveAsync([], maxWidth: 960);

        Assert.Equal(new UploadedImageResult(null, null), none);
        Assert.Equal(new UploadedImageResult(null, null), empty);
    }

    [Fact]
    public async Task SaveAsync_TwoUploads_DistinctRandomNamesAndNoTemporaryFilesLeft()
    {
        var first = await SaveAsync(TestImages.Jpeg(), maxWidth: 960);
        var second = await SaveAsync(TestImages.Jpeg(), maxWidth: 960);

        Assert.NotEqual(first.FileName, second.FileName);
        Assert.Equal(
            new[] { first.FileName, second.FileName }.Order(StringComparer.Ordinal),
            Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private Task<UploadedImageResult> SaveAsync(byte[] content, int maxWidth) =>
        UploadedImage.SaveAsync(TestImages.FormFile(content), _dir, maxWidth, CancellationToken.None);

    private byte[] Stored(UploadedImageResult result)
    {
        Assert.Null(result.Error);
        Assert.NotNull(result.FileName);
        return File.ReadAllBytes(Path.Combine(_dir, result.FileName));
    }

    private void AssertNothingWritten() =>
        Assert.True(!Directory.Exists(_dir) || Directory.GetFiles(_dir).Length == 0, "a file was written");

    private static bool IsRed(SKColor c) => c.Red > 200 && c.Blue < 60;

    private static bool IsBlue(SKColor c) => c.Blue > 200 && c.Red < 60;

    /// <summary>A real PNG whose header (IHDR) claims another size, with a correct checksum.</summary>
    private static byte[] PngWithSize(byte[] png, int width, int height)
    {
        var patched = (byte[])png.Clone();
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(patched.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(patched.AsSpan(20), height);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(patched.AsSpan(29), Crc32(patched.AsSpan(12, 17)));
        return patched;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }

        return ~crc;
    }
}
