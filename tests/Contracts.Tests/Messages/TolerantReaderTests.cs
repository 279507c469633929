using System.Text.Json;
using KimHotspot.Contracts.Messages;

namespace KimHotspot.Contracts.Tests.Messages;

public class TolerantReaderTests
{
    private const string Envelope = """{"siteId":"s1","bootId":"6f1c2a4e-9b3d-4c5e-8f70-1a2b3c4d5e6f","seq":7,"sampledAt":"1970-01-01T00:01:40+00:00","clockSynced":false,"ageMs":90000""";

    [Fact]
    public void Deserialize_UnknownProperties_AreIgnored()
    {
        var json = """{"v":1,"future":{"x":[1,2]},"siteId":"s1","reports":[""" + Envelope
            + ""","extra":"y","body":{"kind":"portalHealth","reachable":true,"statusCode":503,"responseMs":12,"newField":3}}]}""";

        var body = Assert.IsType<PortalHealth>(Assert.Single(Wire.Batch(json).Reports).Body);

        Assert.Equal(new PortalHealth(true, 503, 12), body);
    }

    [Fact]
    public void Deserialize_KindNotFirst_StillPicksType()
    {
        var json = """{"v":1,"siteId":"s1","reports":[""" + Envelope
            + ""","body":{"reachable":false,"statusCode":null,"responseMs":null,"kind":"portalHealth"}}]}""";

        var body = Assert.Single(Wire.Batch(json).Reports).Body;

        Assert.Equal(new PortalHealth(false, null, null), body);
    }

    [Fact]
    public void Deserialize_UnknownKind_Throws()
    {
        var json = """{"v":1,"siteId":"s1","reports":[""" + Envelope + ""","body":{"kind":"solarPanel","watts":3}}]}""";

        Assert.Throws<JsonException>(() => Wire.Batch(json));
    }

    [Fact]
    public void Deserialize_MissingKind_Throws()
    {
        var json = """{"v":1,"siteId":"s1","reports":[""" + Envelope + ""","body":{"reachable":true,"statusCode":200,"responseMs":1}}]}""";

        Assert.Throws<NotSupportedException>(() => Wire.Batch(json));
    }

    [Fact]
    public void Deserialize_MissingRequiredProperty_Throws()
    {
        var json = """{"v":1,"reports":[]}""";

        Assert.Throws<JsonException>(() => Wire.Batch(json));
    }

    [Fact]
    public void Deserialize_NullForNonNullable_Throws()
    {
        var json = """{"v":1,"siteId":null,"reports":[]}""";

        Assert.Throws<JsonException>(() => Wire.Batch(json));
    }

    [Fact]
    public void Deserialize_NumberAsString_Throws()
    {
        var json = """{"v":"1","siteId":"s1","reports":[]}""";

        Assert.Throws<JsonException>(() => Wire.Batch(json));
    }
}
