using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Tests.PortalFixture;
using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Hotspot;
using KimHotspot.RouterOs.Reconnect;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Login;

public class DeviceLoginTests
{
    [Fact]
    public async Task CompleteAsync_RealHost_RouterListsDeviceActiveAndAttemptCompleted()
    {
        await using var app = await PortalApp.StartAsync();
        app.Router.JoinDevice(EntryHelpers.Mac, EntryHelpers.Ip);
        using var client = app.Client();
        string id = await EntryHelpers.CaptureAsync(client);

        var outcome = await EntryHelpers.CompleteAsync(app, id);
        var active = app.Router.FindActiveByIp(EntryHelpers.Ip);
        var attempt = await EntryHelpers.AttemptAsync(app, id);

        Assert.Equal(new LoginOutcome.Redirect("http://example.org/"), outcome);
        Assert.NotNull(active);
        Assert.Equal("m-1", active.User);
        Assert.Equal(EntryHelpers.Mac, active.MacAddress);
        Assert.NotNull(attempt.CompletedAt);
        Assert.Equal("member", attempt.Method);
    }

    [Fact]
    public async Task CompleteAsync_HostHasAnotherMac_RefusedAndNobodyLoggedIn()
    {
        await using var app = await PortalApp.StartAsync();
        app.Router.JoinDevice("02:00:00:00:00:99", EntryHelpers.Ip);
        using var client = app.Client();
        string id = await EntryHelpers.CaptureAsync(client);

        var outcome = await EntryHelpers.CompleteAsync(app, id);

        var failed = Assert.IsType<LoginOutcome.Failed>(outcome);
        Assert.Contains("Router tidak mengenali perangkat ini", failed.Message, StringComparison.Ordinal);
        Assert.Empty(app.Router.ActiveSessions());
        Assert.Null((await EntryHelpers.AttemptAsync(app, id)).CompletedAt);
    }

    [Fact]
    public async Task CompleteAsync_SeesResidentsDirectlyAndOtherSourceIp_Refused()
    {
        await using var app = await PortalApp.StartAsync(settings: new Dictionary<string, string?> { ["Portal:SeesResidentsDirectly"] = "true" });
        app.Router.JoinDevice(EntryHelpers.Mac, EntryHelpers.Ip);
        using var client = app.Client();
        string id = await EntryHelpers.CaptureAsync(client);

        var outcome = await EntryHelpers.CompleteAsync(app, id, remoteIp: "10.5.50.99");

        Assert.IsType<LoginOutcome.Failed>(outcome);
        Assert.Empty(app.Router.ActiveSessions());
    }

    [Fact]
    public async Task CompleteAsync_SeesResidentsDirectlyAndSameSourceIp_LoggedIn()
    {
        await using var app = await PortalApp.StartAsync(settings: new Dictionary<string, string?> { ["Portal:SeesResidentsDirectly"] = "true" });
        app.Router.JoinDevice(EntryHelpers.Mac, EntryHelpers.Ip);
        using var client = app.Client();
        string id = await EntryHelpers.CaptureAsync(client);

        var outcome = await EntryHelpers.CompleteAsync(app, id, remoteIp: EntryHelpers.Ip);

        Assert.IsType<LoginOutcome.Redirect>(outcome);
        Assert.NotNull(app.Router.FindActiveByIp(EntryHelpers.Ip));
    }

    [Theory]
    [InlineData("https://example.org/a?b=c", "https://example.org/a?b=c")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("/relative/path", null)]
    [InlineData("//evil.example/", null)]
    [InlineData("", null)]
    public async Task CompleteAsync_LinkOrig_RedirectsOnlyToAbsoluteHttp(string linkOrig, string? expected)
    {
        await using var app = await PortalApp.StartAsync();
        app.Router.JoinDevice(EntryHelpers.Mac, EntryHelpers.Ip);
        using var client = app.Client();
        string id = await EntryHelpers.CaptureAsync(client, EntryHelpers.RouterQuery(linkOrig: linkOrig));

        var outcome = await EntryHelpers.CompleteAsync(app, id);

        var redirect = Assert.IsType<LoginOutcome.Redirect>(outcome);
        Assert.Equal(expected ?? "/status?a=" + Uri.EscapeDataString(id), redirect.Url);
    }

    [Fact]
    public async Task CompleteAsync_RouterSilentThenBack_FailsInIndonesianKeepsAttemptThenRetryWorks()
    {
        await using var app = await PortalApp.StartAsync(settings: new Dictionary<string, string?> { ["Router:CommandTimeout"] = "00:00:01" });
        app.Router.JoinDevice(EntryHelpers.Mac, EntryHelpers.Ip);
        using var client = app.Client();
        string id = await EntryHelpers.CaptureAsync(client);
        var routerClient = app.Services.GetRequiredService<RouterOsClient>();
        await routerClient.StartAsync();

        app.Router.Faults.Silence = true;
        var down = await EntryHelpers.CompleteAsync(app, id);
        app.Router.Faults.Silence = false;
        await ConnectedAsync(routerClient);
        var kept = await EntryHelpers.AttemptAsync(app, id);
        var again = await EntryHelpers.CompleteAsync(app, id);

        var failed = Assert.IsType<LoginOutcome.Failed>(down);
        Assert.True(failed.CanRetry);
        Assert.Contains("tidak bisa dihubungi", failed.Message, StringComparison.Ordinal);
        Assert.Null(kept.CompletedAt);
        Assert.True(again is LoginOutcome.Redirect, again.ToString());
        Assert.NotNull(app.Router.FindActiveByIp(EntryHelpers.Ip));
    }

    private static async Task ConnectedAsync(RouterOsClient client)
    {
        var connected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.StateChanged += (_, e) =>
        {
            if (e.State == RouterOsClientState.Connected)
            {
                connected.TrySetResult();
            }
        };
        if (client.State != RouterOsClientState.Connected)
        {
            await connected.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
    }

    [Fact]
    public async Task CompleteAsync_TierProfile_EnsuredOnRouterWithSharedUsers()
    {
        await using var app = await PortalApp.StartAsync();
        app.Router.JoinDevice(EntryHelpers.Mac, EntryHelpers.Ip);
        using var client = app.Client();
        string id = await EntryHelpers.CaptureAsync(client);

        await EntryHelpers.CompleteAsync(app, id, t => new RouterAccount("v-9", "s3cret", t, TimeSpan.FromHours(1), 50_000_000));
        var api = app.Services.GetRequiredService<KimHotspot.RouterOs.IRouterOsApi>();
        var profile = await api.Hotspot().UserProfiles.FindByNameAsync("kim-anggota");
        var user = await api.Hotspot().Users.FindByNameAsync("v-9");

        Assert.NotNull(profile);
        Assert.Equal(2, profile.SharedUsers);
        Assert.Equal(TimeSpan.FromHours(4), profile.SessionTimeout);
        Assert.NotNull(user);
        Assert.Equal("kim-anggota", user.Profile);
        Assert.Equal(TimeSpan.FromHours(1), user.LimitUptime);
        Assert.Equal(50_000_000, user.LimitBytesTotal);
    }
}
