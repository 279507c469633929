namespace KimHotspot.RouterSimulator;

/// <summary>What a RouterOS version does differently on the API (reference §10).</summary>
public sealed record VersionProfile(string Version, bool PlainLogin, bool ChallengeLogin, bool SendsEmpty,
    bool YesNoBooleans, bool IsoDates, bool DeadAsYes);
