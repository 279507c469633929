namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>Authorization policy names of the admin console.</summary>
public static class AdminPolicies
{
    /// <summary>The cookie scheme of the admin console (residents never get this cookie).</summary>
    public const string Scheme = "KimAdmin";

    /// <summary>KIM editors and KIM admins.</summary>
    public const string Editor = "KimEditor";

    /// <summary>KIM admins only.</summary>
    public const string Admin = "KimAdmin";

    /// <summary>Claim type carrying the account's <see cref="AdminAccount.SecurityStamp"/>.</summary>
    public const string StampClaim = "kim:stamp";
}
