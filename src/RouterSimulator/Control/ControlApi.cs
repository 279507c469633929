using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace KimHotspot.RouterSimulator.Control;

/// <summary>
/// The HTTP control API (127.0.0.1 only): tests and the demo make phones join, move traffic,
/// flip fault switches, reboot and un-sync the clock. JSON in and out; errors are ProblemDetails.
/// </summary>
internal static class ControlApi
{
    public static IEndpointRouteBuilder MapControlApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapDevices();
        app.MapGet("/sessions", (SimulatedRouter router) =>
            TypedResults.Ok(router.ActiveSessions().Select(SessionView.From).ToList()));
        app.MapPost("/traffic", AddTraffic);
        app.MapGet("/faults", (SimulatedRouter router) => TypedResults.Ok(FaultsView.From(router.Faults)));
        app.MapPost("/faults", UpdateFaults);
        app.MapPost("/reboot", async (SimulatedRouter router) =>
        {
            await router.RebootAsync().ConfigureAwait(false);
            return TypedResults.NoContent();
        });
        app.MapPost("/clock", SetClock);
        app.MapGet("/router", (SimulatedRouter router) => TypedResults.Ok(new RouterView(
            router.Identity, router.Version.Version, router.ApiPort, router.ApiSslPort, router.Options.User)));
        return app;
    }

    internal static Results<NoContent, ValidationProblem, ProblemHttpResult> AddTraffic(
        TrafficRequest request, SimulatedRouter router)
    {
        var errors = new Dictionary<string, string[]>();
        if (!AddressText.TryNormalizeMac(request.Mac, out string mac))
        {
            errors["mac"] = [Problems.MacMessage(request.Mac)];
        }

        if (request.BytesIn is < 0 || request.BytesOut is < 0 || (request.BytesIn is null && request.BytesOut is null))
        {
            errors["bytes"] = ["bytesIn and bytesOut must be non-negative numbers, at least one of them given"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid traffic");
        }

        if (!router.Hosts().Any(h => string.Equals(h.MacAddress, mac, StringComparison.OrdinalIgnoreCase)))
        {
            return Problems.NoSuchDevice(mac);
        }

        router.AddTraffic(mac, request.BytesIn ?? 0, request.BytesOut ?? 0);
        return TypedResults.NoContent();
    }

    internal static Results<Ok<FaultsView>, ValidationProblem> UpdateFaults(FaultsUpdate update, SimulatedRouter router)
    {
        if (update.ReplyDelayMs is < 0 or > 600_000)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["replyDelayMs"] = ["the reply delay must be 0-600000 ms"] },
                title: "Invalid fault switches");
        }

        update.ApplyTo(router.Faults);
        return TypedResults.Ok(FaultsView.From(router.Faults));
    }

    internal static Results<NoContent, ValidationProblem> SetClock(ClockRequest request, SimulatedRouter router)
    {
        if (request.Synced is not { } synced)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["synced"] = ["'synced' (true or false) is required"] },
                title: "Invalid clock request");
        }

        router.SetClockSynced(synced);
        return TypedResults.NoContent();
    }
}
