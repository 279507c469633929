using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace KimHotspot.RouterOs.Connection;

/// <summary>A pinned certificate thumbprint (SHA-256 or SHA-1), compared with the router's certificate.</summary>
internal sealed class CertificatePin
{
    private CertificatePin(string hex, HashAlgorithmName algorithm)
    {
        Hex = hex;
        Algorithm = algorithm;
    }

    public string Hex { get; }

    public HashAlgorithmName Algorithm { get; }

    /// <summary>Normalizes a thumbprint (drops ':', '-', spaces; upper case) and picks the hash by length.</summary>
    public static CertificatePin Parse(string thumbprint)
    {
        var hex = new string(thumbprint.Where(c => c is not (':' or '-' or ' ')).ToArray()).ToUpperInvariant();
        if (!hex.All(char.IsAsciiHexDigit))
        {
            throw new ArgumentException("The certificate thumbprint must be hexadecimal.", nameof(thumbprint));
        }

        return hex.Length switch
        {
            64 => new CertificatePin(hex, HashAlgorithmName.SHA256),
            40 => new CertificatePin(hex, HashAlgorithmName.SHA1),
            _ => throw new ArgumentException(
                "The certificate thumbprint must be a SHA-256 (64 hex digits) or SHA-1 (40 hex digits) hash.",
                nameof(thumbprint)),
        };
    }

    public bool Matches(X509Certificate certificate) =>
        string.Equals(certificate.GetCertHashString(Algorithm), Hex, StringComparison.OrdinalIgnoreCase);

    /// <summary>The TLS validation callback: the pin when set, else normal chain validation.</summary>
    public static RemoteCertificateValidationCallback Callback(CertificatePin? pin) =>
        (_, certificate, _, errors) => pin is null
            ? errors == SslPolicyErrors.None
            : certificate is not null && pin.Matches(certificate);
}
