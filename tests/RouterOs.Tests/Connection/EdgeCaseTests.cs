using KimHotspot.RouterOs.Connection;

namespace KimHotspot.RouterOs.Tests.Connection;

/// <summary>Cases of routeros-reference.md §9 not covered elsewhere, each named by its number.</summary>
public class EdgeCaseTests
{
    [Fact]
    public async Task Edge33_TlsWithOneByteWrites_RepliesStillParsed()
    {
        await using var fixture = await RouterFixture.StartAsync(tls: true);
        await using var connection = await RouterOsConnection.ConnectAsync(
            fixture.TlsOptions(fixture.Router.ApiCertificate!.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256)));
        fixture.Router.Faults.ByteByByte = true;

        var response = await connection.ExecuteAsync(new RouterOsCommand("/system/identity/print"));

        Assert.Equal(fixture.Router.Identity, response.Rows.Single()["name"]);
    }

    [Fact]
    public async Task Edge29_CountersOver32Bits_ArriveWhole()
    {
        await using var fixture = await RouterFixture.StartAsync();
        await using var connection = await fixture.ConnectAsync();
        await connection.ExecuteAsync(new RouterOsCommand("/ip/hotspot/user/add")
            .Attribute("name", "big").Attribute("password", "x").Attribute("limit-bytes-total", "5000000000"));

        var row = (await connection.ExecuteAsync(new RouterOsCommand("/ip/hotspot/user/print").Where("name", "big"))).Rows.Single();

        Assert.Equal(5_000_000_000L, long.Parse(row["limit-bytes-total"]!, System.Globalization.CultureInfo.InvariantCulture));
    }
}
