using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Setup;

/// <summary>
/// /user/group: a policy is stored the way RouterOS prints it, every known policy in a fixed order, the ones not
/// granted with a leading <c>!</c> ([UNSURE] exact order on a real router; clients should compare the granted set).
/// </summary>
internal sealed class UserGroupTable(RouterModel model) : Table("/user/group", SetupSchemas.UserGroup, model)
{
    public static IReadOnlyList<string> Policies { get; } =
    [
        "local", "telnet", "ssh", "ftp", "reboot", "read", "write", "policy", "test", "winbox", "password", "web",
        "sniff", "sensitive", "api", "romon", "rest-api",
    ];

    /// <summary>The printed form of a policy list; throws a trap for an unknown policy.</summary>
    public static string Canonical(string value)
    {
        var granted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string name = part.TrimStart('!');
            if (!Policies.Contains(name))
            {
                throw ApiTrap.NoMatch("policy");
            }

            if (part[0] != '!')
            {
                granted.Add(name);
            }
        }

        return string.Join(',', Policies.Select(p => granted.Contains(p) ? p : "!" + p));
    }

    protected override void ValidateRow(Row row)
    {
        if (row["policy"] is { } policy)
        {
            row.Fields["policy"] = Canonical(policy);
        }
    }
}
