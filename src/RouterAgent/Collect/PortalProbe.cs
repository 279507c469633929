using KimHotspot.Contracts.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KimHotspot.RouterAgent.Collect;

/// <summary>Asks the Portal's <c>/health</c> once: any HTTP answer is "reachable" with its status and time; no answer is data too.</summary>
public sealed class PortalProbe
{
    private readonly HttpClient _http;
    private readonly Uri _url;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public PortalProbe(HttpClient http, Uri url, TimeSpan timeout, TimeProvider time, ILogger<PortalProbe>? logger = null)
    {
        (_http, _url, _timeout, _time) = (http, url, timeout, time);
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Probes once; never throws for Portal trouble.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<PortalHealth> ProbeAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        long start = _time.GetTimestamp();
        try
        {
            using var response = await _http.GetAsync(_url, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var elapsed = _time.GetElapsedTime(start);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                Log.PortalUnhealthy(_logger, status);
            }

            return new PortalHealth(true, status, (int)Math.Min(int.MaxValue, elapsed.TotalMilliseconds));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            Log.PortalUnreachable(_logger, _url.ToString(), e.Message);
            return new PortalHealth(false, null, null);
        }
    }
}
