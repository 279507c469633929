using System.Net;
using KimHotspot.Portal.Tests.PortalFixture;

namespace KimHotspot.Portal.Tests.Login;

/// <summary>Resident forms are bound to the attempt id in the form, never to the attempt cookie alone.</summary>
public sealed class AttemptBindingTests
{
    [Theory]
    [InlineData("/masuk", "login=081234567890&password=rahasia-sekali")]
    [InlineData("/masuk?handler=Remembered", "")]
    [InlineData("/voucher", "code=KQ7P2XHM")]
    [InlineData("/coba", "")]
    public async Task Post_WithAttemptCookieButNoAttemptInForm_IsRefusedAndDeviceStaysOffline(string action, string form)
    {
        await using var app = await PortalApp.StartAsync();
        app.Router.JoinDevice(EntryHelpers.Mac, EntryHelpers.Ip);
        using var client = app.Client();
        await EntryHelpers.CaptureAsync(client); // the kim_a cookie now names a live attempt

        using var content = new StringContent(form, System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");
        using var response = await client.PostAsync(new Uri(action, UriKind.Relative), content);

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(app.Router.ActiveSessions());
    }

    [Fact]
    public async Task Trial_WithAttemptInFormAndNoToken_LogsTheDeviceIn()
    {
        await using var app = await PortalApp.StartAsync();
        app.Router.JoinDevice(EntryHelpers.Mac, EntryHelpers.Ip);
        using var client = app.Client();
        string id = await EntryHelpers.CaptureAsync(client);

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["a"] = id });
        using var response = await client.PostAsync(new Uri("/coba", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(app.Router.ActiveSessions(), s => string.Equals(s.MacAddress, EntryHelpers.Mac, StringComparison.OrdinalIgnoreCase));
    }
}
