namespace KimHotspot.Central.Features.Admin.Sites;

/// <summary>Addresses of the site registry pages.</summary>
public static class SitePaths
{
    public const string List = "/admin/situs";

    public static string Edit(string siteId) => $"/admin/situs/{Uri.EscapeDataString(siteId)}/ubah";

    public static string Keys(string siteId) => $"/admin/situs/{Uri.EscapeDataString(siteId)}/kunci";
}
