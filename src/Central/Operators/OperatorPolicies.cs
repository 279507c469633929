namespace KimHotspot.Central.Operators;

/// <summary>The cookie scheme and authorization policy names of Central's pages.</summary>
public static class OperatorPolicies
{
    /// <summary>The operators' cookie scheme.</summary>
    public const string Scheme = "CentralOperator";

    /// <summary>Any signed-in operator (every page under Features/ by default).</summary>
    public const string Viewer = "Viewer";

    /// <summary>Operators and admins.</summary>
    public const string Operator = "Operator";

    /// <summary>Admins only: site registry changes, site keys, operator accounts.</summary>
    public const string Admin = "Admin";

    /// <summary>Claim type carrying <see cref="Operators.Operator.SecurityStamp"/>.</summary>
    public const string StampClaim = "central:stamp";
}
