using System.Security.Cryptography;
using System.Text;

namespace KimHotspot.RouterSimulator.Tests.HotspotHttp;

/// <summary>What a browser (md5.js) or a portal computes for HTTP-CHAP (reference §6.4).</summary>
internal static class ChapHash
{
    public static string Compute(byte[] id, string password, byte[] challenge)
    {
#pragma warning disable CA5351 // HTTP-CHAP is defined with MD5; this is protocol compatibility, not security.
        return Convert.ToHexStringLower(MD5.HashData([.. id, .. Encoding.ASCII.GetBytes(password), .. challenge]));
#pragma warning restore CA5351
    }
}
