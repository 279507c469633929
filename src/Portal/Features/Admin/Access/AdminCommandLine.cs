namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>Parses <c>admin &lt;verb&gt; --option value …</c>; configuration switches (with ':' or '=') are left to the host.</summary>
internal static class AdminCommandLine
{
    private static readonly Dictionary<string, string[]> Verbs = new(StringComparer.Ordinal)
    {
        ["create"] = ["username", "name", "role"],
        ["reset-password"] = ["username"],
        ["unlock"] = ["username"],
        ["disable"] = ["username"],
        ["enable"] = ["username"],
        ["list"] = [],
    };

    public static (string? Verb, Dictionary<string, string> Options, string? Error) Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        if (args.Length < 2 || !Verbs.TryGetValue(args[1], out var wanted))
        {
            return (null, options, args.Length < 2 ? "missing command" : $"unknown command '{args[1]}'");
        }

        for (var i = 2; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.Contains('=', StringComparison.Ordinal))
            {
                continue; // --Section:Key=value: configuration
            }

            var name = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..] : null;
            if (name is not null && name.Contains(':', StringComparison.Ordinal))
            {
                i++; // --Section:Key value: configuration
                continue;
            }

            if (name is null || !wanted.Contains(name, StringComparer.Ordinal))
            {
                return (null, options, $"unexpected argument '{arg}' for 'admin {args[1]}'");
            }

            if (i + 1 >= args.Length || string.IsNullOrWhiteSpace(args[i + 1]))
            {
                return (null, options, $"--{name} needs a value");
            }

            options[name] = args[++i];
        }

        var missing = wanted.FirstOrDefault(w => !options.ContainsKey(w));
        return missing is null ? (args[1], options, null) : (null, options, $"--{missing} is required");
    }
}
