using System.Security.Cryptography;
using KimHotspot.RouterOs.Connection;

namespace KimHotspot.RouterOs.Tests.Connection;

public sealed class TlsTests
{
    [Theory]
    [InlineData("SHA256")]
    [InlineData("SHA1")]
    public async Task ConnectAsync_TlsWithPinnedThumbprint_LogsIn(string algorithm)
    {
        await using var sim = await RouterFixture.StartAsync(tls: true);
        var pin = sim.Router.ApiCertificate!.GetCertHashString(new HashAlgorithmName(algorithm));

        await using var connection = await RouterOsConnection.ConnectAsync(sim.TlsOptions(pin));
        var identity = await connection.ExecuteAsync(new RouterOsCommand("/system/identity/print"));

        Assert.Equal(sim.Router.Identity, Assert.Single(identity.Rows)["name"]);
    }

    [Fact]
    public async Task ConnectAsync_TlsPinWithColonsAndLowerCase_LogsIn()
    {
        await using var sim = await RouterFixture.StartAsync(tls: true);
        var hex = sim.Router.ApiCertificate!.GetCertHashString(HashAlgorithmName.SHA256).ToLowerInvariant();
        var pin = string.Join(':', Enumerable.Range(0, hex.Length / 2).Select(i => hex.Substring(i * 2, 2)));

        await using var connection = await RouterOsConnection.ConnectAsync(sim.TlsOptions(pin));

        Assert.True(connection.IsConnected);
    }

    [Fact]
    public async Task ConnectAsync_TlsWithWrongPin_IsRefusedAsNonTransient()
    {
        await using var sim = await RouterFixture.StartAsync(tls: true);
        var wrong = new string('A', 64);

        var ex = await Assert.ThrowsAsync<RouterOsException>(() => RouterOsConnection.ConnectAsync(sim.TlsOptions(wrong)));

        Assert.False(ex.IsTransient);
        Assert.Contains("pinned thumbprint", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectAsync_TlsSelfSignedWithoutPin_IsRefused()
    {
        await using var sim = await RouterFixture.StartAsync(tls: true);

        var ex = await Assert.ThrowsAsync<RouterOsException>(() => RouterOsConnection.ConnectAsync(sim.TlsOptions(null)));

        Assert.Contains("CertificateThumbprint", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-hex")]
    [InlineData("ABCD")]
    public void Validate_BadThumbprint_Throws(string thumbprint)
    {
        var options = new RouterOsConnectionOptions { Host = "router", CertificateThumbprint = thumbprint, UseTls = true };

        Assert.ThrowsAny<ArgumentException>(options.Validate);
    }

    [Fact]
    public void EffectivePort_Tls_Defaults8729()
    {
        Assert.Equal(8729, new RouterOsConnectionOptions { UseTls = true }.EffectivePort);
        Assert.Equal(8728, new RouterOsConnectionOptions().EffectivePort);
    }
}
