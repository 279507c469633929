using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KimHotspot.RouterSimulator.Control;

/// <summary>Shared problem texts of the control API.</summary>
internal static class Problems
{
    public static string MacMessage(string? mac) => mac is null
        ? "'mac' is required (like AA:BB:CC:DD:EE:FF)"
        : $"'{mac}' is not a MAC address like AA:BB:CC:DD:EE:FF";

    public static ProblemHttpResult NoSuchDevice(string mac) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such device",
        detail: $"no hotspot host with MAC {mac}");
}
