namespace KimHotspot.Portal.Features.Admin.Settings;

/// <summary>How many rows one retention run deleted (no personal data: counts only).</summary>
public sealed record RetentionCounts(
    int SessionRecords,
    int TrialUsages,
    int DeviceThrottles,
    int RememberedDevices,
    int Members,
    int MembersDeferred,
    int AuditEntries);
