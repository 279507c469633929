using System.Security.Cryptography;

namespace KimHotspot.Portal.Features.Admin.Vouchers;

/// <summary>
/// The characters new voucher codes are made of: upper-case letters and digits without look-alike pairs
/// (no 0/O, 1/I/L, 5/S, 2/Z, 8/B), so a code read off paper is typed right. Codes are already in the form
/// <see cref="KimHotspot.Portal.Features.Vouchers.VoucherCode.Normalize"/> returns (upper case, no spaces or dashes).
/// </summary>
public static class VoucherAlphabet
{
    /// <summary>The 25 characters a generated code may contain.</summary>
    public const string Characters = "ACDEFGHJKMNPQRTUVWXY34679";

    private static readonly System.Buffers.SearchValues<char> Allowed = System.Buffers.SearchValues.Create(Characters);

    public const int MinLength = 6;

    public const int MaxLength = 12;

    public const int DefaultLength = 8;

    /// <summary>A new code of <paramref name="length"/> characters, each picked uniformly with a cryptographic RNG.</summary>
    public static string NewCode(int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, MinLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, MaxLength);
        return RandomNumberGenerator.GetString(Characters, length);
    }

    /// <summary>True when every character of <paramref name="code"/> is in <see cref="Characters"/>.</summary>
    public static bool IsFrom(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length > 0 && code.AsSpan().IndexOfAnyExcept(Allowed) < 0;
    }

    /// <summary>The code in groups of four for print ("KMF4-7HQX"); a resident may type it with or without the dash.</summary>
    public static string Grouped(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length <= 6 ? code : string.Join('-', code.Chunk(4).Select(c => new string(c)));
    }
}
