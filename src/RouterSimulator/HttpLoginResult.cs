namespace KimHotspot.RouterSimulator;

/// <summary>Outcome of a browser login; <see cref="Error"/> uses the errors.txt texts (reference §6.7).</summary>
public sealed record HttpLoginResult(bool Success, string? Error);
