namespace KimHotspot.Central.Redis;

/// <summary>
/// Whether this node should do the work only one node may do (alerts). Alone (no Redis) a node always leads; with
/// Redis one node holds the lock <c>kim:leader</c> at a time.
/// </summary>
public interface ILeadership
{
    bool IsLeader { get; }
}

/// <summary>The only node: always the leader.</summary>
public sealed class SoleNodeLeadership : ILeadership
{
    public bool IsLeader => true;
}
