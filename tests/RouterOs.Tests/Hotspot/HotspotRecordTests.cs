using KimHotspot.RouterOs.Hotspot;
using KimHotspot.RouterOs.Values;
using static KimHotspot.RouterOs.Tests.Hotspot.FakeRouterOsApi;

namespace KimHotspot.RouterOs.Tests.Hotspot;

public class HotspotRecordTests
{
    [Fact]
    public void HotspotActiveFromRow_FullRow_AllFieldsTyped()
    {
        var a = HotspotActive.FromRow(Row(".id=*C0A80A17", "server=hotspot1", "user=v-1234", "address=10.5.50.23",
            "mac-address=aa:bb:cc:dd:ee:ff", "login-by=http-chap", "uptime=1h2m3s", "idle-time=12s",
            "session-time-left=57m57s", "bytes-in=5000000000", "bytes-out=20480", "packets-in=2100",
            "packets-out=30", "limit-bytes-total=1000000000", "radius=no", "blocked=true"));
        Assert.Equal("*C0A80A17", a.Id);
        Assert.Equal("AA:BB:CC:DD:EE:FF", a.MacAddress);
        Assert.Equal(new TimeSpan(1, 2, 3), a.Uptime);
        Assert.Equal(TimeSpan.FromSeconds(12), a.IdleTime);
        Assert.Equal(new TimeSpan(0, 57, 57), a.SessionTimeLeft);
        Assert.Equal(5_000_000_000, a.BytesIn);
        Assert.Equal(2100, a.PacketsIn);
        Assert.Equal(1_000_000_000, a.LimitBytesTotal);
        Assert.False(a.Radius);
        Assert.True(a.Blocked);
    }

    [Fact]
    public void HotspotActiveFromRow_SparseRow_AbsentFieldsNull()
    {
        var a = HotspotActive.FromRow(Row(".id=*1", "user=alice", "uptime=garbage"));
        Assert.Equal("alice", a.User);
        Assert.Null(a.Uptime);
        Assert.Null(a.BytesIn);
        Assert.Null(a.SessionTimeLeft);
        Assert.Null(a.MacAddress);
    }

    [Fact]
    public void HotspotUserProfileFromRow_UnlimitedSharedUsers_Flagged()
    {
        var p = HotspotUserProfile.FromRow(Row(".id=*2", "name=gold", "rate-limit=1M/2M", "shared-users=unlimited",
            "session-timeout=0s", "idle-timeout=none", "keepalive-timeout=2m"));
        Assert.True(p.SharedUsersUnlimited);
        Assert.Null(p.SharedUsers);
        Assert.Equal(RateLimit.FromUploadDownload(1_000_000, 2_000_000), p.RateLimit);
        Assert.Equal(TimeSpan.Zero, p.SessionTimeout);
        Assert.Null(p.IdleTimeout);
        Assert.Equal(TimeSpan.FromMinutes(2), p.KeepaliveTimeout);
    }

    [Fact]
    public void HotspotUserFromRow_EmptyRow_NoThrow()
    {
        var u = HotspotUser.FromRow(RouterOsRow.Empty);
        Assert.Equal(string.Empty, u.Name);
        Assert.False(u.Disabled);
        Assert.Null(u.LimitUptime);
    }
}
