namespace KimHotspot.Central.Operators;

/// <summary>What a Diskominfo operator may do in Central; each role includes the ones before it.</summary>
public enum OperatorRole
{
    /// <summary>Looks: overview, site pages, alerts, reports.</summary>
    Viewer,

    /// <summary>Also acts: acknowledges alerts, writes city bulletins, opens a site's Portal through the gateway.</summary>
    Operator,

    /// <summary>Also manages the site registry, site keys and operator accounts.</summary>
    Admin,
}
