using KimHotspot.Portal.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace KimHotspot.Portal.Features.Bulletins;

/// <summary><c>/gambar/{name}</c>: a bulletin image from <c>DataDirectory/images</c>, cached by the browser.</summary>
public sealed class ImageModel(IOptions<PortalDataOptions> data) : PageModel
{
    public IActionResult OnGet(string name)
    {
        if (!BulletinText.IsImageName(name))
        {
            return NotFound();
        }

        var path = Path.GetFullPath(Path.Combine(data.Value.DataDirectory, "images", name));
        if (!System.IO.File.Exists(path))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "public, max-age=86400";
        return PhysicalFile(path, BulletinText.ContentType(name)!);
    }
}
