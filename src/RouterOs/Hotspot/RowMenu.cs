using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>Print, add and remove on a menu whose rows carry an <c>.id</c> (reference §1.7).</summary>
/// <typeparam name="TRow">The typed row that print returns.</typeparam>
/// <typeparam name="TNew">The fields that add writes; null properties are not sent.</typeparam>
public abstract class RowMenu<TRow, TNew>
    where TRow : class
    where TNew : class
{
    private readonly Func<RouterOsRow, TRow> _read;
    private readonly Func<TNew, FieldList> _write;

    /// <summary>Creates the menu.</summary>
    private protected RowMenu(IRouterOsApi api, string path, Func<RouterOsRow, TRow> read, Func<TNew, FieldList> write)
    {
        Api = api ?? throw new ArgumentNullException(nameof(api));
        MenuPath = path;
        _read = read;
        _write = write;
    }

    /// <summary>The menu path, e.g. <c>/ip/hotspot/user</c>.</summary>
    public string MenuPath { get; }

    private protected IRouterOsApi Api { get; }

    /// <summary>Lists every row.</summary>
    public async Task<IReadOnlyList<TRow>> PrintAsync(CancellationToken cancellationToken = default)
    {
        var rows = await MenuCalls.PrintAsync(Api, MenuPath, null, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(_read)];
    }

    /// <summary>Adds a row and returns its new <c>.id</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    /// <exception cref="ArgumentException">A field the row needs (e.g. its name) is missing.</exception>
    /// <exception cref="RouterOsTrapException">The router refused (e.g. duplicate name, unknown profile).</exception>
    public Task<string> AddAsync(TNew row, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        CheckNew(row);
        return MenuCalls.AddAsync(Api, MenuPath, _write(row), cancellationToken);
    }

    /// <summary>Removes a row by id.</summary>
    /// <exception cref="RouterOsTrapException">No such row (<see cref="RouterOsTrapException.IsNoSuchItem"/>).</exception>
    public Task RemoveAsync(string id, CancellationToken cancellationToken = default) =>
        MenuCalls.RemoveAsync(Api, MenuPath, id, cancellationToken);

    /// <summary>Throws when <paramref name="row"/> cannot be added; by default every row can.</summary>
    private protected virtual void CheckNew(TNew row)
    {
    }

    private protected TRow Read(RouterOsRow row) => _read(row);

    private protected FieldList Fields(TNew row) => _write(row);
}
