using System.Security.Claims;
using KimHotspot.Central.Operators;

namespace KimHotspot.Central.Features.Shared;

/// <summary>The main navigation of Central's pages; Operator accounts only for admins.</summary>
public static class NavMenu
{
    /// <summary>An entry: Indonesian label (a localizer key) and address.</summary>
    public sealed record Item(string Label, string Href);

    private static readonly Item[] Everyone =
    [
        new("Ringkasan", "/"),
        new("Situs", "/admin/situs"),
        new("Peringatan", "/peringatan"),
        new("Laporan", "/laporan"),
        new("Pengumuman", "/pengumuman"),
    ];

    private static readonly Item Operators = new("Operator", "/admin/operator");

    public static IEnumerable<Item> For(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(nameof(OperatorRole.Admin)) ? [.. Everyone, Operators] : Everyone;
    }

    /// <summary>Whether <paramref name="href"/> is the current section (for <c>aria-current</c>).</summary>
    public static bool IsCurrent(HttpRequest request, string href)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path.Value ?? "/";
        return href == "/" ? path == "/" : path.StartsWith(href, StringComparison.OrdinalIgnoreCase);
    }
}
