using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace KimHotspot.RouterSimulator.Api;

/// <summary>A throwaway certificate for API-SSL, made at start (a real router needs one too, reference §1.9).</summary>
internal static class SelfSignedCertificate
{
    public static X509Certificate2 Create(string bindAddress)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=KimHotspot RouterSimulator", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        if (IPAddress.TryParse(bindAddress, out var bound) && !bound.Equals(IPAddress.Loopback))
        {
            names.AddIpAddress(bound);
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));

        // Certificate validity is checked by real TLS clients against the real clock.
        var now = TimeProvider.System.GetUtcNow();
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null);
    }
}
