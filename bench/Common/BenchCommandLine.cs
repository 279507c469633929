using System.Globalization;

namespace KimHotspot.Bench.Common;

/// <summary>Reads a bench command line <c>[mode] [--name value]...</c> into a <see cref="BenchSettingsBase"/> record.</summary>
public static class BenchCommandLine
{
    /// <summary>
    /// Starts from <paramref name="defaults"/>, takes the first word as the mode unless it is an option, then reads
    /// <c>--rounds</c> here and hands every other <c>--name value</c> pair to <paramref name="option"/>, which returns
    /// the settings with that option applied, or null for an option it does not know.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown option, an option without a value, a bad value or mode.</exception>
    /// <exception cref="FormatException">A value that should be a number is not.</exception>
    public static T Parse<T>(string[] args, T defaults, IReadOnlyList<string> modes, Func<T, string, string, T?> option)
        where T : BenchSettingsBase
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(modes);
        ArgumentNullException.ThrowIfNull(option);
        BenchSettingsBase settings = defaults;
        int i = 0;
        if (args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal))
        {
            settings = settings with { Mode = args[0] };
            i = 1;
        }

        for (; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException("missing value for " + args[i]);
            }

            settings = args[i] == "--rounds"
                ? settings with { Rounds = Math.Max(1, Number(args[i + 1])) }
                : option((T)settings, args[i], args[i + 1]) ?? throw new ArgumentException("unknown option " + args[i]);
        }

        return modes.Contains(settings.Mode)
            ? (T)settings
            : throw new ArgumentException("mode is " + string.Join(", ", modes.Take(modes.Count - 1)) + " or " + modes[^1]);
    }

    /// <summary>
    /// <see cref="Parse"/> for a program's Main: the settings, or null after writing the error and
    /// <paramref name="usage"/> to standard error (the program then exits with 2).
    /// </summary>
    public static T? ParseOrExplain<T>(string[] args, Func<string[], T> parse, string usage)
        where T : BenchSettingsBase
    {
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            return parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine("error: " + e.Message + "\n" + usage);
            return null;
        }
    }

    /// <summary>An integer in invariant culture.</summary>
    public static int Number(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    /// <summary>A non-empty comma-separated list whose items are all in <paramref name="allowed"/>.</summary>
    public static string[] List(string value, params string[] allowed)
    {
        ArgumentNullException.ThrowIfNull(value);
        var items = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Length > 0 && items.All(allowed.Contains)
            ? items
            : throw new ArgumentException($"'{value}': use a comma-separated list of {string.Join(", ", allowed)}");
    }
}
