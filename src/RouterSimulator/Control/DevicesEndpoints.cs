using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace KimHotspot.RouterSimulator.Control;

/// <summary><c>/devices</c>: phones joining and leaving the hotspot network.</summary>
internal static class DevicesEndpoints
{
    public static void MapDevices(this IEndpointRouteBuilder app)
    {
        app.MapGet("/devices", (SimulatedRouter router) => TypedResults.Ok(router.Hosts()));
        app.MapPost("/devices", Join);
        app.MapDelete("/devices/{mac}", Leave);
    }

    internal static Results<Created<HostInfo>, ValidationProblem, ProblemHttpResult> Join(
        JoinDeviceRequest request, SimulatedRouter router)
    {
        var errors = new Dictionary<string, string[]>();
        if (!AddressText.TryNormalizeMac(request.Mac, out string mac))
        {
            errors["mac"] = [Problems.MacMessage(request.Mac)];
        }

        if (!AddressText.TryNormalizeIPv4(request.Ip, out string ip))
        {
            errors["ip"] = [request.Ip is null
                ? "'ip' is required (IPv4 like 10.5.50.23)"
                : $"'{request.Ip}' is not an IPv4 address like 10.5.50.23"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid device");
        }

        if (router.FindHostByIp(ip) is { } other && !string.Equals(other.MacAddress, mac, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Address in use",
                detail: $"{ip} is already used by the device {other.MacAddress}");
        }

        try
        {
            var host = router.JoinDevice(mac, ip);
            return TypedResults.Created($"/devices/{Uri.EscapeDataString(host.MacAddress)}", host);
        }
        catch (ArgumentException e)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["device"] = [e.Message] }, title: "Invalid device");
        }
        catch (InvalidOperationException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Device conflict", detail: e.Message);
        }
    }

    internal static Results<NoContent, ValidationProblem, ProblemHttpResult> Leave(
        string mac, SimulatedRouter router)
    {
        if (!AddressText.TryNormalizeMac(mac, out string normalized))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["mac"] = [Problems.MacMessage(mac)] }, title: "Invalid device");
        }

        return router.LeaveDevice(normalized) ? TypedResults.NoContent() : Problems.NoSuchDevice(normalized);
    }
}
