using System.Globalization;
using System.Text;

namespace KimHotspot.Central.Tests.Metrics;

/// <summary>A sample line of the Prometheus text format, parsed strictly (tests fail on anything malformed).</summary>
internal sealed record PromSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

internal static class PrometheusParser
{
    /// <summary>Every sample; comment lines must be well-formed HELP/TYPE lines.</summary>
    public static List<PromSample> Parse(string text)
    {
        var samples = new List<PromSample>();
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            if (line.StartsWith('#'))
            {
                Assert.Matches(@"^# (HELP \w+ .+|TYPE \w+ (gauge|counter))$", line);
                continue;
            }

            samples.Add(Sample(line));
        }

        return samples;
    }

    private static PromSample Sample(string line)
    {
        var i = 0;
        while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] == '_'))
        {
            i++;
        }

        var name = line[..i];
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (i < line.Length && line[i] == '{')
        {
            i++;
            while (line[i] != '}')
            {
                var eq = line.IndexOf('=', i);
                var label = line[i..eq];
                Assert.Equal('"', line[eq + 1]);
                var value = new StringBuilder();
                var j = eq + 2;
                for (; line[j] != '"'; j++)
                {
                    if (line[j] == '\\')
                    {
                        j++;
                        value.Append(line[j] switch { 'n' => '\n', '\\' => '\\', '"' => '"', _ => throw new FormatException("bad escape in " + line) });
                    }
                    else
                    {
                        value.Append(line[j]);
                    }
                }

                labels.Add(label, value.ToString());
                i = j + 1;
                if (line[i] == ',')
                {
                    i++;
                }
            }

            i++;
        }

        Assert.Equal(' ', line[i]);
        return new PromSample(name, labels, double.Parse(line[(i + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture));
    }
}
