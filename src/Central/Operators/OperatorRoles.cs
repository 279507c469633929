using System.Security.Claims;

namespace KimHotspot.Central.Operators;

/// <summary>Indonesian role names (localizer keys) for pages.</summary>
public static class OperatorRoles
{
    public static string Label(OperatorRole role) => role switch
    {
        OperatorRole.Admin => "Admin",
        OperatorRole.Operator => "Operator",
        _ => "Pemantau",
    };

    /// <summary>The label of the signed-in operator's role.</summary>
    public static string Label(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Enum.TryParse<OperatorRole>(user.FindFirstValue(ClaimTypes.Role), out var role) ? Label(role) : Label(OperatorRole.Viewer);
    }
}
