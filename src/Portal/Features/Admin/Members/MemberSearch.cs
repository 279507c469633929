using KimHotspot.Portal.Features.Members;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Members;

/// <summary>Search of the members list: name, phone (08…, +62…, 62…, or a part of one), username, RT/RW.</summary>
public static class MemberSearch
{
    public static IQueryable<Member> Matching(this IQueryable<Member> members, string? text)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (string.IsNullOrWhiteSpace(text))
        {
            return members;
        }

        string term = text.Trim();
        string like = "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
        string? phone = PhoneDigits(term);
        return members.Where(m =>
            EF.Functions.Like(m.FullName, like, "\\")
            || EF.Functions.Like(m.Neighbourhood, like, "\\")
            || (m.Username != null && EF.Functions.Like(m.Username, like, "\\"))
            || (phone != null && m.Phone.Contains(phone)));
    }

    /// <summary>The digits to look for in stored phones (628…), or null when the text is not a phone (part).</summary>
    public static string? PhoneDigits(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (PhoneNumber.Normalize(term) is { } full)
        {
            return full;
        }

        var digits = new string([.. term.TrimStart('+').Where(c => c is not (' ' or '-' or '.'))]);
        if (digits.Length < 3 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        return digits.StartsWith('0') ? "62" + digits[1..] : digits;
    }
}
