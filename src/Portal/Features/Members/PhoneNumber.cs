using System.Text;

namespace KimHotspot.Portal.Features.Members;

/// <summary>Indonesian mobile numbers in one form: digits with country code, e.g. "6281234567890".</summary>
public static class PhoneNumber
{
    /// <summary>
    /// Normalises 08…, +628…, 628… (spaces, dashes, dots and brackets ignored) to 628…;
    /// null when the text is not an Indonesian mobile number.
    /// </summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var digits = new StringBuilder(input.Length);
        foreach (char c in input.Trim().TrimStart('+'))
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                return null;
            }
        }

        string d = digits.ToString();
        if (d.StartsWith('0'))
        {
            d = "62" + d[1..];
        }

        // 628 + 7..11 digits: the length range of Indonesian mobile numbers (08xx-xxxx-xxxx).
        return d.StartsWith("628", StringComparison.Ordinal) && d.Length is >= 10 and <= 14 ? d : null;
    }
}
