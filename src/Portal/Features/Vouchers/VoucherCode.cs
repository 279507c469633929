using System.Text;

namespace KimHotspot.Portal.Features.Vouchers;

/// <summary>Voucher codes as stored: upper case, no spaces or dashes.</summary>
public static class VoucherCode
{
    /// <summary>Trims, drops spaces and dashes, upper-cases; null when empty or absurdly long.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 64)
        {
            return null;
        }

        var code = new StringBuilder(typed.Length);
        foreach (char c in typed)
        {
            if (!char.IsWhiteSpace(c) && c is not ('-' or '\u2013' or '\u2014'))
            {
                code.Append(char.ToUpperInvariant(c));
            }
        }

        return code.Length == 0 ? null : code.ToString();
    }
}
