using System.Security.Cryptography;
using System.Text;

namespace KimHotspot.Portal.Features.Login;

/// <summary>
/// HTTP-CHAP for the browser-post fallback (reference §6.4): MD5(chap-id ‖ password ‖ challenge) as lower-case
/// hex, where the id and the challenge arrive as octal-escaped text (<c>\371</c> per byte).
/// </summary>
public static class ChapResponse
{
    /// <summary>The response, or null when the id is not one byte or the challenge is empty.</summary>
    public static string? Compute(string chapId, string password, string chapChallenge)
    {
        ArgumentNullException.ThrowIfNull(password);
        var id = Unescape(chapId);
        var challenge = Unescape(chapChallenge);
        if (id.Length != 1 || challenge.Length == 0)
        {
            return null;
        }

        // Hotspot passwords are ASCII (md5.js hashes one byte per character); Latin-1 keeps that for ASCII.
        var secret = Encoding.Latin1.GetBytes(password);
        var input = new byte[1 + secret.Length + challenge.Length];
        input[0] = id[0];
        secret.CopyTo(input, 1);
        challenge.CopyTo(input, 1 + secret.Length);
#pragma warning disable CA5351 // RouterOS hotspot CHAP is defined with MD5; this is the router's protocol, not our choice.
        return Convert.ToHexStringLower(MD5.HashData(input));
#pragma warning restore CA5351
    }

    /// <summary>Decodes <c>\ooo</c> sequences; any other character stands for its own (Latin-1) byte.</summary>
    public static byte[] Unescape(string? text)
    {
        var bytes = new List<byte>();
        text ??= string.Empty;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 3 < text.Length && IsOctal(text[i + 1]) && text[i + 1] <= '3'
                && IsOctal(text[i + 2]) && IsOctal(text[i + 3]))
            {
                bytes.Add((byte)(((text[i + 1] - '0') << 6) | ((text[i + 2] - '0') << 3) | (text[i + 3] - '0')));
                i += 3;
            }
            else
            {
                bytes.Add((byte)text[i]);
            }
        }

        return [.. bytes];
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';
}
