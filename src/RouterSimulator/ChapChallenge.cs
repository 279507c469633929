namespace KimHotspot.RouterSimulator;

/// <summary>The CHAP id and 16-byte challenge handed to a device's login page (reference §6.4).</summary>
public sealed record ChapChallenge(byte Id, byte[] Challenge);
