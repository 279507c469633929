using KimHotspot.Central.CommandLine;

namespace KimHotspot.Central.Operators;

/// <summary>A parsed <c>operator &lt;verb&gt; [name] [--role r]</c>; configuration switches (with ':' or '=') are left to the host.</summary>
internal sealed record OperatorCommandLine(string Verb, string? Name, OperatorRole? Role)
{
    private static readonly string[] Verbs = ["create", "reset-password", "disable", "enable", "list"];

    public static (OperatorCommandLine? Command, string? Problem) Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || !Verbs.Contains(args[0], StringComparer.Ordinal))
        {
            return (null, args.Count == 0 ? "missing command" : $"unknown command '{args[0]}'");
        }

        var verb = args[0];
        string? name = null, role = null;
        for (var i = 1; i < args.Count; i++)
        {
            if (HostCommand.SkipConfigurationSwitch(args, ref i))
            {
                continue;
            }

            var arg = args[i];

            if (arg == "--role" && verb == "create" && i + 1 < args.Count)
            {
                role = args[++i];
            }
            else if (!arg.StartsWith('-') && name is null && verb != "list")
            {
                name = arg;
            }
            else
            {
                return (null, $"unexpected argument '{arg}' for 'operator {verb}'");
            }
        }

        if (verb != "list" && string.IsNullOrWhiteSpace(name))
        {
            return (null, $"'operator {verb}' needs the operator's name");
        }

        if (verb != "create")
        {
            return (new OperatorCommandLine(verb, name, null), null);
        }

        OperatorRole? parsed = role?.ToLowerInvariant() switch
        {
            "viewer" => OperatorRole.Viewer, "operator" => OperatorRole.Operator, "admin" => OperatorRole.Admin, _ => null,
        };
        return parsed is null
            ? (null, role is null ? "--role is required (viewer, operator or admin)" : $"--role must be viewer, operator or admin, not '{role}'")
            : (new OperatorCommandLine(verb, name, parsed), null);
    }
}
