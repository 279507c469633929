using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;

namespace KimHotspot.RouterOs.Connection;

/// <summary>Opens the byte stream to the router: TCP, then TLS when asked, each under its own timeout.</summary>
internal static class Transport
{
    public static async Task<(Socket Socket, Stream Stream)> OpenAsync(
        RouterOsConnectionOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var endpoint = $"{options.Host}:{options.EffectivePort}";
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using (var timeout = new TimeoutScope(options.ConnectTimeout, time, cancellationToken))
            {
                try
                {
                    await socket.ConnectAsync(options.Host, options.EffectivePort, timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (timeout.IsTimedOut)
                {
                    throw new RouterOsException(
                        $"Connecting to {endpoint} timed out after {options.ConnectTimeout}.", isTransient: true);
                }
                catch (SocketException ex)
                {
                    throw new RouterOsException($"Cannot connect to {endpoint}: {ex.Message}", isTransient: true, ex);
                }
            }

            Stream stream = new NetworkStream(socket, ownsSocket: false);
            if (options.UseTls)
            {
                stream = await AuthenticateAsync(stream, options, endpoint, time, cancellationToken).ConfigureAwait(false);
            }

            return (socket, stream);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<Stream> AuthenticateAsync(
        Stream inner, RouterOsConnectionOptions options, string endpoint, TimeProvider time, CancellationToken cancellationToken)
    {
        var pin = options.CertificateThumbprint is null ? null : CertificatePin.Parse(options.CertificateThumbprint);
        var ssl = new SslStream(inner, leaveInnerStreamOpen: false);
        var auth = new SslClientAuthenticationOptions
        {
            TargetHost = options.Host,
#pragma warning disable CA5398 // RouterOS offers TLS 1.2 at most; 1.0/1.1 are refused on purpose.
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
#pragma warning restore CA5398
            RemoteCertificateValidationCallback = CertificatePin.Callback(pin),
        };
        using var timeout = new TimeoutScope(options.ConnectTimeout, time, cancellationToken);
        try
        {
            await ssl.AuthenticateAsClientAsync(auth, timeout.Token).ConfigureAwait(false);
            return ssl;
        }
        catch (OperationCanceledException) when (timeout.IsTimedOut)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw new RouterOsException($"TLS handshake with {endpoint} timed out after {options.ConnectTimeout}.", isTransient: true);
        }
        catch (AuthenticationException ex)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            var why = pin is null
                ? "the certificate did not pass validation (a self-signed router certificate needs CertificateThumbprint)"
                : "the certificate does not match the pinned thumbprint";
            throw new RouterOsException(
                $"TLS handshake with {endpoint} failed: {why}. The api-ssl service also needs a certificate on the router. ({ex.Message})",
                isTransient: false, ex);
        }
        catch (IOException ex)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw new RouterOsException(
                $"TLS handshake with {endpoint} failed: {ex.Message}. Is this the api-ssl service, with a certificate set?",
                isTransient: true, ex);
        }
    }
}
