namespace KimHotspot.RouterAgent.Rollup;

/// <summary>
/// A body handed to <see cref="ReportRollup.Merge"/> could not be summarised: not a readable report, a body of
/// another kind, a sample from another hour, or a sum that would overflow. Nothing was merged.
/// </summary>
public sealed class RollupException : Exception
{
    /// <summary>Creates the exception for the body at <paramref name="index"/> of a merge of <paramref name="kind"/>.</summary>
    public RollupException(string kind, int index, string reason, Exception? inner = null)
        : base($"Cannot roll up body {index} of kind '{kind}': {reason}", inner)
    {
        (Kind, Index) = (kind, index);
    }

    /// <summary>Creates the exception with a message only.</summary>
    public RollupException()
        : this("?", -1, "unknown reason")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public RollupException(string message)
        : base(message)
    {
        Kind = "?";
        Index = -1;
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public RollupException(string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = "?";
        Index = -1;
    }

    /// <summary>The row kind being merged.</summary>
    public string Kind { get; }

    /// <summary>Position of the offending body in the merge's input (oldest first); -1 when not about one body.</summary>
    public int Index { get; }
}
