namespace KimHotspot.RouterOs;

/// <summary>What a finished command returned: its rows and the attributes of its <c>!done</c>.</summary>
public sealed class RouterOsResponse
{
    /// <summary>Creates a response.</summary>
    public RouterOsResponse(IReadOnlyList<RouterOsRow> rows, RouterOsRow done)
    {
        Rows = rows ?? throw new ArgumentNullException(nameof(rows));
        Done = done ?? throw new ArgumentNullException(nameof(done));
    }

    /// <summary>The <c>!re</c> rows (none after <c>!empty</c>).</summary>
    public IReadOnlyList<RouterOsRow> Rows { get; }

    /// <summary>Attributes carried by <c>!done</c>.</summary>
    public RouterOsRow Done { get; }

    /// <summary><c>=ret=</c> of <c>!done</c>: the new <c>.id</c> after <c>add</c>, the count of <c>count-only</c>.</summary>
    public string? Ret => Done["ret"];
}
