using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>Shared print/find/add/set/remove/ensure of a menu whose rows have a unique <c>name</c>.</summary>
/// <typeparam name="TRow">The typed row.</typeparam>
public abstract class NamedRowMenu<TRow>
    where TRow : class
{
    private readonly Func<RouterOsRow, TRow> _read;

    /// <summary>Creates the menu.</summary>
    private protected NamedRowMenu(IRouterOsApi api, string path, Func<RouterOsRow, TRow> read)
    {
        Api = api ?? throw new ArgumentNullException(nameof(api));
        MenuPath = path;
        _read = read;
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

    /// <summary>The row named <paramref name="name"/> (query <c>?name=</c>), or null.</summary>
    public async Task<TRow?> FindByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        var row = await FindRowAsync(name, cancellationToken).ConfigureAwait(false);
        return row is null ? null : _read(row);
    }

    /// <summary>Removes a row by id.</summary>
    /// <exception cref="RouterOsTrapException">No such row.</exception>
    public Task RemoveAsync(string id, CancellationToken cancellationToken = default) =>
        MenuCalls.RemoveAsync(Api, MenuPath, id, cancellationToken);

    private protected async Task<RouterOsRow?> FindRowAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var rows = await MenuCalls.PrintAsync(Api, MenuPath, c => c.Where("name", name), cancellationToken).ConfigureAwait(false);
        return rows.Count > 0 ? rows[0] : null;
    }

    private protected Task<string> AddFieldsAsync(FieldList fields, CancellationToken cancellationToken) =>
        MenuCalls.AddAsync(Api, MenuPath, fields, cancellationToken);

    private protected Task SetFieldsAsync(string id, FieldList fields, CancellationToken cancellationToken) =>
        MenuCalls.SetAsync(Api, MenuPath, id, fields.Fields, cancellationToken);

    /// <summary>
    /// Adds the row when no row has this name, else sets only the fields whose values differ. A concurrent add
    /// of the same name (<c>already have</c>) is resolved by updating the row that won.
    /// </summary>
    private protected async Task<EnsureResult> EnsureFieldsAsync(string? name, FieldList fields, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var existing = await FindRowAsync(name, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            try
            {
                var id = await AddFieldsAsync(fields, cancellationToken).ConfigureAwait(false);
                return new EnsureResult(id, EnsureOutcome.Created);
            }
            catch (RouterOsTrapException e) when (e.IsAlreadyExists)
            {
                existing = await FindRowAsync(name, cancellationToken).ConfigureAwait(false);
                if (existing is null)
                {
                    throw;
                }
            }
        }

        var existingId = existing.Id ?? throw new RouterOsException($"{MenuPath}: row '{name}' has no .id.");
        var changed = fields.Fields.Where(f => f.Key != "name" && !f.Matches(existing)).ToList();
        if (changed.Count == 0)
        {
            return new EnsureResult(existingId, EnsureOutcome.Unchanged);
        }

        await MenuCalls.SetAsync(Api, MenuPath, existingId, changed, cancellationToken).ConfigureAwait(false);
        return new EnsureResult(existingId, EnsureOutcome.Updated);
    }
}
