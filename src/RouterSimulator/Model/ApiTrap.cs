namespace KimHotspot.RouterSimulator.Model;

/// <summary>A command failure the API turns into <c>!trap</c> (plus <c>!done</c>).</summary>
internal sealed class ApiTrap : Exception
{
    public ApiTrap(string message, int? category = null)
        : base(message) => Category = category;

    public ApiTrap()
    {
    }

    public ApiTrap(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The <c>=category=</c> value, or null when the trap has none.</summary>
    public int? Category { get; }

    /// <summary>Extra traps sent before this one (the unknown-menu case sends two).</summary>
    public IReadOnlyList<ApiTrap> Preceding { get; init; } = [];

    public static ApiTrap NoSuchCommand() => new("no such command");

    public static ApiTrap NoSuchItem() => new("no such item");

    public static ApiTrap UnknownParameter(string name) => new("unknown parameter " + name);

    public static ApiTrap InvalidValue(string name) => new("invalid value for argument " + name, 1);

    public static ApiTrap NoMatch(string name) => new("input does not match any value of " + name, 1);

    public static ApiTrap Missing(string name) => new("missing value(s) of argument(s) " + name, 1);

    /// <summary>The two traps of an unknown menu segment (reference §1.5).</summary>
    public static ApiTrap UnknownMenu(string segment) =>
        new("no such command prefix") { Preceding = [new ApiTrap($"no such command or directory ({segment})", 0)] };
}
