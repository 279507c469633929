using System.Security.Cryptography;

namespace KimHotspot.Central.Sites;

/// <summary>New site keys: 32 random bytes as base64url text (43 characters), which the agent signs with as UTF-8.</summary>
public static class SiteKeyText
{
    public static string New() => Base64UrlText(RandomNumberGenerator.GetBytes(32));

    private static string Base64UrlText(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
