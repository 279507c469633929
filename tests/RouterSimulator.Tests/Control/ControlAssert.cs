using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace KimHotspot.RouterSimulator.Tests.Control;

/// <summary>JSON and ProblemDetails helpers for the control API tests.</summary>
internal static class ControlAssert
{
    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public static async Task<JsonDocument> GetJsonAsync(TestSimulator sim, string path)
    {
        using var response = await sim.Control.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    public static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)expected, problem.RootElement.GetProperty("status").GetInt32());
    }
}
