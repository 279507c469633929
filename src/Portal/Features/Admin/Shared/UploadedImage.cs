using System.Security.Cryptography;

namespace KimHotspot.Portal.Features.Admin.Shared;

/// <summary>
/// Takes a picture uploaded by an admin (a bulletin image, the village logo) and stores a safe copy:
/// the type is checked from the content (magic bytes and a full decode), size and pixel count are limited,
/// the picture is turned upright (EXIF orientation), scaled down to a maximum width and re-encoded, which
/// drops all metadata (camera, GPS). The copy gets a new random name and is written atomically.
/// </summary>
public static class UploadedImage
{
    /// <summary>Largest upload accepted, in bytes (phone photos are 2–4 MB).</summary>
    public const long MaxUploadBytes = 5 * 1024 * 1024;

    /// <summary>Pictures with more pixels than this are refused before they are decoded (40 megapixels).</summary>
    internal const long MaxPixels = 40_000_000;

    /// <summary>Error key: the content is not a JPEG, PNG or WebP picture.</summary>
    internal const string NotAnImage = "Berkas ini bukan gambar JPEG, PNG atau WebP.";

    /// <summary>Error key: the upload is larger than <see cref="MaxUploadBytes"/>.</summary>
    internal const string TooLarge = "Gambar terlalu besar (maksimal 5 MB).";

    /// <summary>Error key: the picture has more than <see cref="MaxPixels"/> pixels.</summary>
    internal const string TooManyPixels = "Ukuran gambar terlalu besar (maksimal 40 megapiksel).";

    /// <summary>Error key: the picture is cut off or damaged.</summary>
    internal const string Damaged = "Gambar ini rusak atau tidak lengkap.";

    /// <summary>
    /// Checks, converts and stores <paramref name="file"/> in <paramref name="imagesDirectory"/> (created when missing).
    /// No file (null or empty) gives a result with neither a name nor an error: nothing to store.
    /// On success <see cref="UploadedImageResult.FileName"/> is the new file's name, random with the pixel size at the
    /// end (<c>3f…9a-960x540.jpg</c>, or <c>.png</c> when the picture has transparency); on refusal <see cref="UploadedImageResult.Error"/> is an Indonesian
    /// resource key and nothing was written.
    /// </summary>
    public static async Task<UploadedImageResult> SaveAsync(IFormFile? file, string imagesDirectory, int maxWidth, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(imagesDirectory);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWidth, 1);
        if (file is null || file.Length == 0)
        {
            return new UploadedImageResult(null, null);
        }

        if (file.Length > MaxUploadBytes)
        {
            return Refused(TooLarge);
        }

        byte[]? content = await ReadLimitedAsync(file, ct);
        if (content is null)
        {
            return Refused(TooLarge);
        }

        var converted = ImageConversion.Convert(content, maxWidth);
        if (converted.Error is not null)
        {
            return Refused(converted.Error);
        }

        string name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)) + converted.NameSuffix;
        await WriteAtomicallyAsync(imagesDirectory, name, converted.Bytes!, ct);
        return new UploadedImageResult(name, null);
    }

    private static UploadedImageResult Refused(string error) => new(null, error);

    /// <summary>Reads the upload, never more than the limit (the declared length is not trusted); null when larger.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(IFormFile file, CancellationToken ct)
    {
        await using var input = file.OpenReadStream();
        using var buffer = new MemoryStream((int)Math.Min(file.Length, MaxUploadBytes));
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxUploadBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Writes a temporary file next to the target and moves it into place, so readers never see half a picture.</summary>
    private static async Task WriteAtomicallyAsync(string directory, string name, byte[] bytes, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        string temp = Path.Combine(directory, $".upload-{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temp, bytes, ct);
            File.Move(temp, Path.Combine(directory, name), overwrite: false);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}

/// <summary>
/// What <see cref="UploadedImage.SaveAsync"/> did: <paramref name="FileName"/> of the stored picture, or
/// <paramref name="Error"/> (an Indonesian resource key) when refused; both null when no file was sent.
/// </summary>
public sealed record UploadedImageResult(string? FileName, string? Error);
