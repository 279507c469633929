using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Shared;
using KimHotspot.Portal.Features.Bulletins;
using Microsoft.Extensions.Options;

namespace KimHotspot.Portal.Features.Admin.Bulletins;

/// <summary>Bulletin pictures in <c>DataDirectory/images</c> (served by <c>/gambar/{name}</c>): store and delete.</summary>
public sealed class BulletinImages(IOptions<PortalDataOptions> data, ILogger<BulletinImages> logger)
{
    /// <summary>Widest stored bulletin picture: sharp on phones, small on a village link.</summary>
    public const int MaxWidth = 960;

    public string Directory { get; } = Path.Combine(data.Value.DataDirectory, "images");

    public Task<UploadedImageResult> SaveAsync(IFormFile? file, CancellationToken cancellationToken) =>
        UploadedImage.SaveAsync(file, Directory, MaxWidth, cancellationToken);

    /// <summary>Deletes a stored picture; a missing file or a failure is logged, never thrown (the row is what matters).</summary>
    public void Delete(string? name)
    {
        if (!BulletinText.IsImageName(name))
        {
            return;
        }

        try
        {
            File.Delete(Path.Combine(Directory, name!));
            Log.BulletinImageDeleted(logger, name!);
        }
        catch (IOException e)
        {
            Log.BulletinImageDeleteFailed(logger, name!, e);
        }
        catch (UnauthorizedAccessException e)
        {
            Log.BulletinImageDeleteFailed(logger, name!, e);
        }
    }
}
