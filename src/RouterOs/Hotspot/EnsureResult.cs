namespace KimHotspot.RouterOs.Hotspot;

/// <summary>What an "ensure" call had to do to make the router match.</summary>
public enum EnsureOutcome
{
    /// <summary>The row did not exist and was added.</summary>
    Created,

    /// <summary>The row existed and some fields were changed.</summary>
    Updated,

    /// <summary>The row already matched; nothing was sent.</summary>
    Unchanged,
}

/// <summary>Result of an "ensure" call.</summary>
/// <param name="Id">The row's <c>.id</c>.</param>
/// <param name="Outcome">What was done.</param>
public sealed record EnsureResult(string Id, EnsureOutcome Outcome);
