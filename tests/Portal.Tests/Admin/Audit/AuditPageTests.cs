using System.Net;
using System.Text.RegularExpressions;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Admin.Shared;

namespace KimHotspot.Portal.Tests.Admin.Audit;

public sealed partial class AuditPageTests
{
    private const string Page = "/admin/audit";

    [Fact]
    public async Task Audit_Editor_IsDenied()
    {
        await using var kit = await AdminKit.StartAsync();
        using var editor = await kit.SignedInClientAsync(AdminRole.Editor);

        var page = await editor.GetAsync(new Uri(Page, UriKind.Relative));
        var csv = await editor.GetAsync(new Uri(Page + "?handler=Csv", UriKind.Relative));

        Assert.StartsWith("/admin/ditolak", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/ditolak", csv.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_Anonymous_RedirectsToSignIn()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = kit.AnonymousClient();

        var response = await client.GetAsync(new Uri(Page, UriKind.Relative));

        Assert.StartsWith("/admin/masuk", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_NewestFirstWithReadableChanges()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        await SeedAsync(kit, new Entry(Day(1), "ani", "member.approve", "member:7", "{\"Status\":\"Pending\",\"Tier\":null}", "{\"Status\":\"Active\",\"Tier\":\"Anggota\"}"),
            new Entry(Day(2), "budi", "bulletin.publish", "bulletin:3", null, "{\"Title\":\"<script>alert(1)</script>\"}"));

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri(Page, UriKind.Relative)));

        Assert.True(html.IndexOf("bulletin.publish", StringComparison.Ordinal) < html.IndexOf("member.approve", StringComparison.Ordinal));
        Assert.Contains("Status: Pending → Active", html, StringComparison.Ordinal);
        Assert.Contains("Tier: – → Anggota", html, StringComparison.Ordinal);
        var raw = await admin.GetStringAsync(new Uri(Page, UriKind.Relative));
        Assert.Contains("&lt;script&gt;", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", raw, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?actor=ANI", new[] { "a1", "a2" })]
    [InlineData("?action=member.", new[] { "a1", "b1" })]
    [InlineData("?action=member.block", new[] { "b1" })]
    [InlineData("?target=bulletin", new[] { "a2" })]
    [InlineData("?from=2026-03-02&to=2026-03-02", new[] { "a2" })]
    [InlineData("?from=2026-03-02", new[] { "a2", "b1" })]
    [InlineData("?to=2026-03-01", new[] { "a1" })]
    [InlineData("?actor=ani&action=bulletin.", new[] { "a2" })]
    public async Task Audit_Filters_NarrowTheList(string query, string[] expected)
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        await SeedAsync(kit,
            new Entry(Day(1), "ani", "member.approve", "member:1 mark-a1", null, null),
            new Entry(Day(2), "ani", "bulletin.publish", "bulletin:2 mark-a2", null, null),
            new Entry(Day(3), "budi", "member.block", "member:3 mark-b1", null, null));

        var html = await admin.GetStringAsync(new Uri(Page + query, UriKind.Relative));
        var csv = await admin.GetStringAsync(new Uri(Page + query + "&handler=Csv", UriKind.Relative));

        var shown = Markers().Matches(html).Select(m => m.Groups[1].Value).Order().ToArray();
        Assert.Equal(expected, shown);
        Assert.Equal(expected, Markers().Matches(csv).Select(m => m.Groups[1].Value).Order().ToArray());
    }

    [Fact]
    public async Task Audit_SixtyEntries_PagesByFifty()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        await SeedAsync(kit, [.. Enumerable.Range(0, 60).Select(i => new Entry(Day(1).AddMinutes(i), "ani", "member.approve", $"member:{i} m{i:00}", null, null))]);

        var first = await admin.GetStringAsync(new Uri(Page + "?actor=ani", UriKind.Relative));
        var second = await admin.GetStringAsync(new Uri(Page + "?actor=ani&halaman=2", UriKind.Relative));

        Assert.Equal(AuditModel.PageSize, Rows().Count(first));
        Assert.Contains("m59", first, StringComparison.Ordinal);
        Assert.Contains("halaman=2", first, StringComparison.Ordinal);
        Assert.Equal(10, Rows().Count(second));
        Assert.Contains("m00", second, StringComparison.Ordinal);
        Assert.Contains("actor=ani", second, StringComparison.Ordinal); // paging keeps the filter
    }

    [Fact]
    public async Task AuditCsv_IsTextCsvWithHeaderAndDefusedCells()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        await SeedAsync(kit, new Entry(Day(1), "ani", "member.approve", "=HYPERLINK(\"x\")", "{\"Status\":\"Pending\"}", "{\"Status\":\"Active\"}"));

        var response = await admin.GetAsync(new Uri(Page + "?handler=Csv&action=member.", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("time,actor,action,target,changes,before,after", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", text, StringComparison.Ordinal);
        Assert.Contains("Status: Pending → Active", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalDay_StartsAtLocalMidnight()
    {
        var start = VillageTime.StartOfDay(new DateOnly(2026, 3, 2), TimeProvider.System);

        Assert.Equal(new DateTime(2026, 3, 2), TimeZoneInfo.ConvertTime(start, TimeZoneInfo.Local).DateTime);
    }

    /// <summary>Noon (village local time) on 2026-03-0<paramref name="day"/>.</summary>
    private static DateTimeOffset Day(int day)
    {
        var local = new DateTime(2026, 3, day, 12, 0, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZoneInfo.Local.GetUtcOffset(local));
    }

    private sealed record Entry(DateTimeOffset At, string Actor, string Action, string Target, string? Before, string? After);

    private static Task<int> SeedAsync(AdminKit kit, params Entry[] entries) =>
        kit.WithDbAsync((db, _) =>
        {
            db.AuditEntries.AddRange(entries.Select(e => new AuditEntry { At = e.At, Actor = e.Actor, Action = e.Action, Target = e.Target, Before = e.Before, After = e.After }));
            return db.SaveChangesAsync();
        });

    [GeneratedRegex("mark-(a1|a2|b1)")]
    private static partial Regex Markers();

    [GeneratedRegex("<td><code>")]
    private static partial Regex Rows();
}
