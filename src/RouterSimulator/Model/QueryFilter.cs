using System.Globalization;

namespace KimHotspot.RouterSimulator.Model;

/// <summary>
/// The print query stack machine (reference §1.4): each word pushes a boolean or runs <c>?#</c>
/// stack operations; the stack starts as endless <c>true</c>s; a row matches when no <c>false</c> is left.
/// </summary>
internal sealed class QueryFilter(IReadOnlyList<string> words)
{
    public bool Matches(RowView row)
    {
        var stack = new List<bool>();
        foreach (var word in words)
        {
            if (word.StartsWith('#'))
            {
                RunOperations(stack, word.AsSpan(1));
            }
            else
            {
                stack.Add(Test(row, word));
            }
        }

        return !stack.Contains(false);
    }

    private static bool Test(RowView row, string word)
    {
        char op = word.Length > 0 ? word[0] : '\0';
        if (op == '-')
        {
            return row.Get(word[1..]) is null;
        }

        string body = op is '=' or '<' or '>' ? word[1..] : word;
        int eq = body.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0)
        {
            return op is '=' or '<' or '>' ? false : row.Get(body) is not null;
        }

        var actual = row.Get(body[..eq]);
        var expected = body[(eq + 1)..];
        if (actual is null)
        {
            return false;
        }

        return op switch
        {
            '<' => Compare(actual, expected) < 0,
            '>' => Compare(actual, expected) > 0,
            _ => AreEqual(actual, expected),
        };
    }

    private static bool AreEqual(string actual, string expected) =>
        actual == expected
        || (ValueFormat.TryParseBool(actual, out bool a) && ValueFormat.TryParseBool(expected, out bool b) && a == b);

    /// <summary>Numbers compare numerically, everything else ordinally (approximation, reference §1.4).</summary>
    private static int Compare(string actual, string expected) =>
        long.TryParse(actual, NumberStyles.Integer, CultureInfo.InvariantCulture, out long a)
        && long.TryParse(expected, NumberStyles.Integer, CultureInfo.InvariantCulture, out long b)
            ? a.CompareTo(b)
            : string.CompareOrdinal(actual, expected);

    private static void RunOperations(List<bool> stack, ReadOnlySpan<char> ops)
    {
        bool afterIndex = false;
        int i = 0;
        while (i < ops.Length)
        {
            char c = ops[i];
            if (char.IsAsciiDigit(c))
            {
                int start = i;
                while (i < ops.Length && char.IsAsciiDigit(ops[i]))
                {
                    i++;
                }

                bool value = Peek(stack, int.Parse(ops[start..i], CultureInfo.InvariantCulture));
                if (i == ops.Length)
                {
                    stack.Clear();
                }

                stack.Add(value);
                afterIndex = true;
                continue;
            }

            switch (c)
            {
                case '!':
                    if (stack.Count == 0)
                    {
                        stack.Add(false);
                    }
                    else
                    {
                        stack[^1] = !stack[^1];
                    }

                    break;
                case '&':
                    stack.Add(Pop(stack) & Pop(stack));
                    break;
                case '|':
                    stack.Add(Pop(stack) | Pop(stack));
                    break;
                case '.' when !afterIndex:
                    stack.Add(Peek(stack, 0));
                    break;
            }

            afterIndex = false;
            i++;
        }
    }

    private static bool Peek(List<bool> stack, int index) => index >= stack.Count || stack[stack.Count - 1 - index];

    private static bool Pop(List<bool> stack)
    {
        if (stack.Count == 0)
        {
            return true;
        }

        bool top = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        return top;
    }
}
