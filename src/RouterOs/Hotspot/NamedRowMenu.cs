using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>
/// A <see cref="RowMenu{TRow, TSettings}"/> whose rows have a unique <c>name</c>: adds find by name, set and an
/// idempotent ensure.
/// </summary>
/// <typeparam name="TRow">The typed row.</typeparam>
/// <typeparam name="TSettings">The fields written by add, set and ensure; null properties are not sent.</typeparam>
public abstract class NamedRowMenu<TRow, TSettings> : RowMenu<TRow, TSettings>
    where TRow : class
    where TSettings : class
{
    private readonly Func<TSettings, string?> _name;

    /// <summary>Creates the menu.</summary>
    private protected NamedRowMenu(
        IRouterOsApi api, string path, Func<RouterOsRow, TRow> read, Func<TSettings, FieldList> write, Func<TSettings, string?> name)
        : base(api, path, read, write) => _name = name;

    /// <summary>The row named <paramref name="name"/> (query <c>?name=</c>), or null.</summary>
    public async Task<TRow?> FindByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        var row = await FindRowAsync(name, cancellationToken).ConfigureAwait(false);
        return row is null ? null : Read(row);
    }

    /// <summary>Changes only the non-null fields of <paramref name="changes"/> on the row <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    /// <exception cref="RouterOsTrapException">No such row, or the router refused a value.</exception>
    public Task SetAsync(string id, TSettings changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return MenuCalls.SetAsync(Api, MenuPath, id, Fields(changes).Fields, cancellationToken);
    }

    /// <summary>
    /// Makes the router hold a row with this name and these fields: adds it when no row has the name, else sets
    /// only the fields whose values differ (a field the router does not print, such as a hidden password, is
    /// always re-sent). Idempotent. A concurrent add of the same name (<c>already have</c>) is resolved by
    /// updating the row that won.
    /// </summary>
    /// <exception cref="ArgumentException">The settings have no name.</exception>
    public async Task<EnsureResult> EnsureAsync(TSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var name = _name(settings);
        ArgumentException.ThrowIfNullOrEmpty(name, nameof(settings));
        var fields = Fields(settings);
        var existing = await FindRowAsync(name, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            try
            {
                var id = await MenuCalls.AddAsync(Api, MenuPath, fields, cancellationToken).ConfigureAwait(false);
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

    /// <summary>A row needs its name.</summary>
    private protected override void CheckNew(TSettings row) => ArgumentException.ThrowIfNullOrEmpty(_name(row), nameof(row));

    private async Task<RouterOsRow?> FindRowAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var rows = await MenuCalls.PrintAsync(Api, MenuPath, c => c.Where("name", name), cancellationToken).ConfigureAwait(false);
        return rows.Count > 0 ? rows[0] : null;
    }
}
