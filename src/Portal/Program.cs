using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Features.CaptivePortal;
using KimHotspot.Portal.Features.CityBulletins;
using KimHotspot.Portal.Features.DemoData;
using KimHotspot.Portal.Features.Gateway;
using KimHotspot.Portal.Features.Health;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Shared;
using KimHotspot.Portal.Features.Status;
using KimHotspot.Portal.Features.Trial;
using KimHotspot.Portal.Features.Village;
using KimHotspot.Portal.Features.Vouchers;
using KimHotspot.Portal.Localization;
using KimHotspot.Portal.Router;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSystemd(); // READY=1 / STOPPING=1 under a Type=notify unit; nothing elsewhere

// First: features below add page conventions (authorization) to the options this creates.
builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");
builder.AddPortalData();
builder.AddGateway();
builder.AddPortalLocalization();
builder.AddRouter();
builder.AddVillage();
builder.AddBulletins();
builder.AddCityBulletins();
builder.AddLogin();
builder.AddMembers();
builder.AddVouchers();
builder.AddTrial();
builder.AddAdmin();

var app = builder.Build();

await app.MigratePortalDataAsync();
if (await app.TryRunAdminCommandAsync(args) || await app.TryRunDemoDataCommandAsync(args))
{
    return; // an `admin …` command ran instead of the server
}

app.UseGateway(); // first: later middleware sees the forwarded client, host and path base
app.UseExceptionHandler("/Error");
app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
app.UsePortalLocalization();
app.UseSecurityHeaders();
app.UseSplashFastPath();
app.UseStaticFiles();
app.UseRouting();
app.UseAdmin();
app.UseAntiforgery();

app.MapRazorPages();
app.MapStatus();
app.MapCaptivePortalApi();
app.MapHealth();

app.Run();

