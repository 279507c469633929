namespace KimHotspot.RouterSetup.Plan;

/// <summary>How a plan item meets the router.</summary>
internal enum ItemKind
{
    /// <summary>A row we own: found by its key, added when missing, fields set when they differ.</summary>
    Row,

    /// <summary>A row the router always has (<c>/ip/service api-ssl</c>): never added, only set.</summary>
    Existing,

    /// <summary>A row-less menu (<c>/system/ntp/client</c>): only set.</summary>
    Singleton,

    /// <summary>A row made once and then left alone (a signed certificate cannot be changed): added when missing.</summary>
    CreateOnly,
}
