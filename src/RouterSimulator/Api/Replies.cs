using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Api;

/// <summary>Builds reply sentences (byte-string words); the tag, when any, goes last.</summary>
internal static class Replies
{
    public static string[] Done(string? tag, string? ret = null) =>
        Build("!done", ret is null ? [] : new RowView { { "ret", ret } }, tag);

    public static string[] Empty(string? tag) => Build("!empty", [], tag);

    public static string[] Re(RowView row, string? tag) => Build("!re", row, tag);

    public static string[] Trap(string message, int? category, string? tag)
    {
        var words = new List<string>(4) { "!trap" };
        if (category is { } c)
        {
            words.Add("=category=" + ValueFormat.Number(c));
        }

        words.Add("=message=" + message);
        AddTag(words, tag);
        return [.. words];
    }

    /// <summary><c>!trap</c>s of a failure (all preceding ones first), then <c>!done</c>.</summary>
    public static List<string[]> Failure(ApiTrap trap, string? tag)
    {
        var list = trap.Preceding.Select(p => Trap(p.Message, p.Category, tag)).ToList();
        list.Add(Trap(trap.Message, trap.Category, tag));
        list.Add(Done(tag));
        return list;
    }

    /// <summary><c>!fatal</c> with the reason as a bare word.</summary>
    public static string[] Fatal(string reason) => ["!fatal", reason];

    public static string? TagOf(string[] sentence) =>
        sentence.Length > 1 && sentence[^1].StartsWith(".tag=", StringComparison.Ordinal) ? sentence[^1][5..] : null;

    private static string[] Build(string word, RowView pairs, string? tag)
    {
        var words = new string[1 + pairs.Count + (tag is null ? 0 : 1)];
        words[0] = word;
        for (int i = 0; i < pairs.Count; i++)
        {
            words[i + 1] = "=" + pairs[i].Key + "=" + pairs[i].Value;
        }

        if (tag is not null)
        {
            words[^1] = ".tag=" + tag;
        }

        return words;
    }

    private static void AddTag(List<string> words, string? tag)
    {
        if (tag is not null)
        {
            words.Add(".tag=" + tag);
        }
    }
}
