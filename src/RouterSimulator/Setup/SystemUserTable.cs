using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Setup;

/// <summary>
/// /user (router logins, not hotspot users): like RouterOS, a password is accepted by add/set but never printed.
/// The simulator's own API login still uses <see cref="SimulatorOptions.User"/> and its password only.
/// </summary>
internal sealed class SystemUserTable(RouterModel model) : Table("/user", SetupSchemas.User, model)
{
    private readonly Dictionary<string, string> _passwords = new(StringComparer.Ordinal);

    /// <summary>True when the user has the given password (tests).</summary>
    public bool HasPassword(string name, string password) =>
        FindByKey(name) is { } row && _passwords.GetValueOrDefault(row.Id) == password;

    public override string Add(ApiRequest request)
    {
        string id = base.Add(request);
        HidePassword(FindById(id)!);
        return id;
    }

    public override void Set(ApiRequest request)
    {
        base.Set(request);
        foreach (var row in Resolve(request))
        {
            HidePassword(row);
        }
    }

    protected override void RenderExtra(Row row, RowView view) =>
        view.Add("last-logged-in", string.Empty);

    protected override void OnRemoved(Row row) => _passwords.Remove(row.Id);

    private void HidePassword(Row row)
    {
        if (row.Fields.Remove("password", out var password))
        {
            _passwords[row.Id] = password;
        }
    }
}
