namespace KimHotspot.RouterOs.Values;

/// <summary>The print/add/set/remove patterns every row menu shares (reference §1.7).</summary>
internal static class MenuCalls
{
    public static async Task<IReadOnlyList<RouterOsRow>> PrintAsync(
        IRouterOsApi api, string menu, Action<RouterOsCommand>? query, CancellationToken cancellationToken)
    {
        var command = new RouterOsCommand(menu + "/print");
        query?.Invoke(command);
        var response = await api.ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
        return response.Rows;
    }

    /// <summary>Runs <c>add</c> and returns the new <c>.id</c> from <c>=ret=</c>.</summary>
    public static async Task<string> AddAsync(IRouterOsApi api, string menu, FieldList fields, CancellationToken cancellationToken)
    {
        var command = fields.ApplyTo(new RouterOsCommand(menu + "/add"));
        var response = await api.ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrEmpty(response.Ret)
            ? throw new RouterOsException($"{menu}/add: the router returned no id.")
            : response.Ret;
    }

    /// <summary>Runs <c>set</c> on one row with the given fields; nothing is sent when there are none.</summary>
    public static async Task SetAsync(
        IRouterOsApi api, string menu, string id, IEnumerable<Field> fields, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var command = new RouterOsCommand(menu + "/set").Attribute(".id", id);
        var any = false;
        foreach (var f in fields)
        {
            command.Attribute(f.Key, f.Value);
            any = true;
        }

        if (any)
        {
            await api.ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task RemoveAsync(IRouterOsApi api, string menu, string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        await api.ExecuteAsync(new RouterOsCommand(menu + "/remove").Attribute(".id", id), cancellationToken).ConfigureAwait(false);
    }
}
