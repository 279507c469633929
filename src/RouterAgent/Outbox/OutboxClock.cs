namespace KimHotspot.RouterAgent.Outbox;

public sealed partial class ReportOutbox
{
    /// <summary>Enqueue times before this are from a clock that did not know the date; they are never aged out.</summary>
    internal static readonly long PlausibleTicks = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;

    private static readonly TimeSpan JumpTolerance = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Ages and "oldest unsent" are measured on the wall clock, which jumps (1970 → now when NTP first answers, or an
    /// operator's correction). When the wall clock moved more than a minute away from the monotonic clock since the
    /// last look, the enqueue times of this boot's rows move with it, so their ages stay true. Sample times are left
    /// alone: they are what the report claims, and Central re-times unsynced samples from their monotonic age.
    /// </summary>
    private void FollowClockJumpLocked()
    {
        var wall = _time.GetUtcNow();
        var stamp = _time.GetTimestamp();
        var jump = wall - (_clockWall + _time.GetElapsedTime(_clockStamp, stamp));
        (_clockWall, _clockStamp) = (wall, stamp);
        if (jump.Duration() <= JumpTolerance)
        {
            return;
        }

        using var command = _db.CreateCommand();
        command.CommandText = "UPDATE outbox SET enqueued_utc = enqueued_utc + $jump WHERE boot_id = $b;";
        command.Parameters.AddWithValue("$jump", jump.Ticks);
        command.Parameters.AddWithValue("$b", BootId.ToString());
        var moved = command.ExecuteNonQuery();
        Log.OutboxClockJumped(_logger, jump, moved);
    }
}
