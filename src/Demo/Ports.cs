namespace KimHotspot.Demo;

/// <summary>The local ports of the demo.</summary>
internal static class Ports
{
    public const int RouterApi = 8728;
    public const int Hotspot = 5070;
    public const int Control = 5071;
    public const int Portal = 5080;
}
