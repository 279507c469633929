using System.Net;
using System.Text.RegularExpressions;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Vouchers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Admin.Vouchers;

/// <summary>Helpers for the vouchers tests on top of <see cref="AdminKit"/>: tiers, generating through the page, resident logins.</summary>
internal static partial class VoucherAdminKit
{
    public static Task<Tier> TierAsync(AdminKit kit, string name = "Voucher 1 jam", int devices = 1) =>
        kit.WithDbAsync(async (db, _) =>
        {
            var tier = new Tier { Name = name, RouterProfile = "kim-" + Guid.NewGuid().ToString("N")[..6], DevicesPerMember = devices };
            db.Tiers.Add(tier);
            await db.SaveChangesAsync();
            return tier;
        });

    /// <summary>Posts the generate form; returns the response (a redirect to the batch page on success).</summary>
    public static Task<HttpResponseMessage> GenerateAsync(HttpClient client, int tierId, int count, string name = "Batch uji", int length = 8, string validity = "1h") =>
        AdminKit.PostFormAsync(client, "/admin/voucher/baru", "/admin/voucher/baru", new Dictionary<string, string>
        {
            ["Name"] = name, ["Count"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["TierId"] = tierId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Validity"] = validity,
            ["CustomUnit"] = "jam", ["CodeLength"] = length.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    /// <summary>Generates a batch through the page and returns its id.</summary>
    public static async Task<int> GenerateBatchAsync(AdminKit kit, HttpClient client, int count, int length = 8)
    {
        var tier = await TierAsync(kit);
        var response = await GenerateAsync(client, tier.Id, count, length: length);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<List<Voucher>> VouchersAsync(AdminKit kit, int batchId) =>
        kit.WithDbAsync((db, _) => db.Vouchers.AsNoTracking().Where(v => v.BatchId == batchId).OrderBy(v => v.Id).ToListAsync());

    /// <summary>A resident client (no redirects followed) on the same Portal.</summary>
    public static HttpClient ResidentClient(AdminKit kit) =>
        kit.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The device joins the simulated hotspot and gets a login attempt (<see cref="AdminKit.JoinDeviceAsync"/>).</summary>
    public static Task<string> JoinAsync(AdminKit kit, string mac, string ip) => kit.JoinDeviceAsync(mac, ip);

    /// <summary>Posts a code on the resident voucher page for <paramref name="attempt"/> (resident forms carry no antiforgery token: ADR 0003).</summary>
    public static async Task<HttpResponseMessage> RedeemAsync(HttpClient resident, string attempt, string code)
    {
        ArgumentNullException.ThrowIfNull(resident);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["a"] = attempt, ["code"] = code });
        return await resident.PostAsync(new Uri("/voucher", UriKind.Relative), form);
    }

    /// <summary>The value of the voucher form's code input, or null when it has none.</summary>
    public static string? PrefilledCode(string html)
    {
        var match = CodeInput().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<input name=\"code\" value=\"([^\"]*)\"")]
    private static partial Regex CodeInput();
}
