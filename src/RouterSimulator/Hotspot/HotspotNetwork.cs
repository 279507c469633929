using System.Buffers.Binary;
using System.Net;

namespace KimHotspot.RouterSimulator.Hotspot;

/// <summary>The hotspot subnet ("10.5.50.0/24"): the router is .1, seeded devices count up from .2.</summary>
internal readonly record struct HotspotNetwork(uint Base)
{
    public string RouterAddress => Format(Base + 1);

    public static HotspotNetwork Parse(string cidr)
    {
        var text = cidr.Split('/')[0];
        var address = IPAddress.TryParse(text, out var ip) ? ip : IPAddress.Parse("10.5.50.0");
        return new HotspotNetwork(BinaryPrimitives.ReadUInt32BigEndian(address.GetAddressBytes()));
    }

    /// <summary>Address of the n-th seeded device (0-based); runs past the /24 when n is large.</summary>
    public string Device(int n) => Format(Base + 2 + (uint)n);

    private static string Format(uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return new IPAddress(bytes).ToString();
    }
}
