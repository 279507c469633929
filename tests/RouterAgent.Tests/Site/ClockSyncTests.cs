using KimHotspot.RouterAgent.Site;
using Microsoft.Extensions.Time.Testing;

namespace KimHotspot.RouterAgent.Tests.Site;

public sealed class ClockSyncTests
{
    private static readonly FakeTimeProvider Now = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
    private static readonly FakeTimeProvider Epoch = new(DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData(ClockSyncMode.Synced, true)]
    [InlineData(ClockSyncMode.Unsynced, false)]
    public void IsSynced_Forced_AsConfigured(ClockSyncMode mode, bool expected) =>
        Assert.Equal(expected, new ClockSync(mode, Now).IsSynced());

    [Theory]
    [InlineData(ClockSyncMode.Synced)]
    [InlineData(ClockSyncMode.Auto)]
    public void IsSynced_ClockIn1970_NeverSynced(ClockSyncMode mode) =>
        Assert.False(new ClockSync(mode, Epoch).IsSynced());
}
