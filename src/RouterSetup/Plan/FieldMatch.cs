namespace KimHotspot.RouterSetup.Plan;

/// <summary>How a wanted value is compared with what the router prints.</summary>
internal enum FieldMatch
{
    /// <summary>Byte-for-byte.</summary>
    Exact,

    /// <summary><c>yes/true</c> and <c>no/false</c> are the same (old and new RouterOS).</summary>
    Bool,

    /// <summary>A comma list whose order the router may change (<c>login-by</c>, NTP servers).</summary>
    Set,

    /// <summary>A <c>/user/group</c> policy: the router prints refused policies as <c>!name</c>; only granted ones count.</summary>
    Policy,

    /// <summary>Sent when the row is added, never read back (passwords).</summary>
    WriteOnly,
}
