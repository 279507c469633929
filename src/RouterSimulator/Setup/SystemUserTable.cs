using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Setup;

/// <summary>
/// /user (router logins, not hotspot users): like RouterOS, a password is accepted by add/set but never printed or
/// sent to <c>listen</c>: it leaves the row before the row is stored or announced. The simulator's own API login still
/// uses <see cref="SimulatorOptions.User"/> and its password only, so the password is not kept.
/// </summary>
internal sealed class SystemUserTable(RouterModel model) : Table("/user", SetupSchemas.User, model)
{
    protected override void RenderExtra(Row row, RowView view) =>
        view.Add("last-logged-in", string.Empty);

    protected override void ValidateRow(Row row) => row.Fields.Remove("password");
}
