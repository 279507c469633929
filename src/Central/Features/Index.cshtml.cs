using KimHotspot.Central.Dashboard;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace KimHotspot.Central.Features;

/// <summary>The overview at <c>/</c>: every watched site, the fleet tiles, a map and the fleet charts.</summary>
public sealed class IndexModel(OverviewQuery query, IOptions<DashboardOptions> options) : PageModel
{
    public Overview Overview { get; private set; } = null!;

    public OverviewFilter Filter { get; private set; } = null!;

    public IReadOnlyList<OverviewRow> Rows { get; private set; } = [];

    public IReadOnlyList<string> Kecamatans { get; private set; } = [];

    public DashboardOptions Options => options.Value;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Overview = await query.LoadAsync(cancellationToken);
        Filter = OverviewFilter.Parse(Request.Query);
        Rows = Filter.Apply(Overview.Sites);
        Kecamatans = [.. Overview.Sites.Select(s => s.Kecamatan).Where(k => k.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The address that sorts by <paramref name="sort"/> (flipping the direction when it is already the sort).</summary>
    public string SortLink(OverviewSort sort)
    {
        var query = Request.Query.Where(q => q.Key is not ("sort" or "dir"))
            .ToDictionary(q => q.Key, q => q.Value.ToString());
        query["sort"] = sort.ToString().ToLowerInvariant();
        if (Filter.Sort == sort && !Filter.Descending)
        {
            query["dir"] = "desc";
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/", query!);
    }
}
