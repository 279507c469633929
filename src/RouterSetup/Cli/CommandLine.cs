namespace KimHotspot.RouterSetup.Cli;

/// <summary>A parsed command line: the verb, <c>--name value</c> options and bare <c>--flag</c>s.</summary>
internal sealed class CommandLine
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "tls", "disable-plain-api", "help" };

    private CommandLine(string verb, Dictionary<string, string> options)
    {
        Verb = verb;
        Options = options;
    }

    public string Verb { get; }

    public Dictionary<string, string> Options { get; }

    public string? this[string name] => Options.GetValueOrDefault(name);

    public bool Has(string name) => Options.ContainsKey(name);

    /// <summary>Parses <c>verb --a 1 --flag --b 2</c>; throws <see cref="UsageException"/> on a malformed line.</summary>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0].StartsWith('-'))
        {
            return new CommandLine("help", []);
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 1; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"unexpected argument '{args[i]}'");
            }

            string name = args[i][2..];
            if (Flags.Contains(name))
            {
                options[name] = "yes";
            }
            else if (i + 1 < args.Count)
            {
                options[name] = args[++i];
            }
            else
            {
                throw new UsageException($"--{name} needs a value");
            }
        }

        return new CommandLine(args[0], options);
    }
}

/// <summary>A mistake on the command line or in the settings; the message is shown with the usage text.</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
