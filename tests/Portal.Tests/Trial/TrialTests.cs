using System.Net;
using KimHotspot.Portal.Tests.Members;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Trial;

public class TrialTests
{
    private const string Mac = "AA:BB:CC:DD:EE:01";
    private const string UsedUp = "Waktu coba gratis hari ini sudah habis";

    private static async Task<ResidentKit> StartAsync(int minutes = 15)
    {
        var kit = await ResidentKit.StartAsync();
        await kit.VillageAsync(v => v.TrialMinutesPerDay = minutes);
        return kit;
    }

    private static Task<HttpResponseMessage> TrialAsync(ResidentKit kit, string attempt, string phone = "") =>
        kit.PostAsync("/coba?a=" + attempt, "/coba", new Dictionary<string, string> { ["a"] = attempt, ["phone"] = phone });

    private static async Task<string> HtmlAsync(Task<HttpResponseMessage> response) => await (await response).Content.ReadAsStringAsync();

    [Fact]
    public async Task Trial_FirstToday_RouterListsTrialUserWithMinutesLeft()
    {
        await using var kit = await StartAsync();

        var response = await TrialAsync(kit, await kit.JoinAsync(Mac));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = Assert.Single(kit.Router.ActiveSessions());
        Assert.Equal("tr-AABBCCDDEE01", session.User);
        Assert.InRange(session.SessionTimeLeft!.Value, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        var usage = await kit.DbAsync((db, _) => db.TrialUsages.SingleAsync());
        Assert.Equal(TimeSpan.FromMinutes(15), usage.Granted);
    }

    [Fact]
    public async Task Trial_AfterMinutesSpent_UsedUpForTheDay()
    {
        await using var kit = await StartAsync();
        await TrialAsync(kit, await kit.JoinAsync(Mac));
        kit.Time.Advance(TimeSpan.FromMinutes(15));

        var html = await HtmlAsync(TrialAsync(kit, await kit.JoinAsync(Mac)));

        Assert.Contains(UsedUp, html, StringComparison.Ordinal);
        Assert.Empty(kit.Router.ActiveSessions());
    }

    [Fact]
    public async Task Trial_ReturnWithinGrant_GetsOnlyWhatIsLeft()
    {
        await using var kit = await StartAsync();
        await TrialAsync(kit, await kit.JoinAsync(Mac));
        kit.Time.Advance(TimeSpan.FromMinutes(10));

        var response = await TrialAsync(kit, await kit.JoinAsync(Mac));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var granted = await kit.DbAsync((db, _) => db.TrialUsages.OrderBy(u => u.Id).Select(u => u.Granted).ToListAsync());
        Assert.Equal([TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(5)], granted);
    }

    [Fact]
    public async Task Trial_NewMacSamePhone_StillUsedUp()
    {
        await using var kit = await StartAsync();
        await TrialAsync(kit, await kit.JoinAsync(Mac), "0812-3456-7890");
        kit.Time.Advance(TimeSpan.FromMinutes(15));

        var html = await HtmlAsync(TrialAsync(kit, await kit.JoinAsync("02:11:22:33:44:55"), "+6281234567890"));

        Assert.Contains(UsedUp, html, StringComparison.Ordinal);
        Assert.DoesNotContain(kit.Router.ActiveSessions(), s => s.MacAddress == "02:11:22:33:44:55");
    }

    [Fact]
    public async Task Trial_NextDay_AllowedAgain()
    {
        await using var kit = await StartAsync();
        await TrialAsync(kit, await kit.JoinAsync(Mac));
        kit.Time.Advance(TimeSpan.FromMinutes(15));
        Assert.Contains(UsedUp, await HtmlAsync(TrialAsync(kit, await kit.JoinAsync(Mac))), StringComparison.Ordinal);
        kit.Time.Advance(TimeSpan.FromDays(1));

        var response = await TrialAsync(kit, await kit.JoinAsync(Mac));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(kit.IsActive(Mac, "tr-AABBCCDDEE01"));
    }

    [Fact]
    public async Task Trial_BadPhone_AsksForAValidNumber()
    {
        await using var kit = await StartAsync();

        var html = await HtmlAsync(TrialAsync(kit, await kit.JoinAsync(Mac), "12345"));

        Assert.Contains("Nomor HP tidak valid", html, StringComparison.Ordinal);
        Assert.Empty(kit.Router.ActiveSessions());
    }

    [Fact]
    public async Task Trial_DisabledByVillage_SaysNotAvailable()
    {
        await using var kit = await StartAsync(minutes: 0);

        var html = await HtmlAsync(TrialAsync(kit, await kit.JoinAsync(Mac)));

        Assert.Contains("Coba gratis tidak tersedia", html, StringComparison.Ordinal);
    }
}
