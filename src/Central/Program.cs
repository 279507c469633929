using KimHotspot.Central.Alerts;
using KimHotspot.Central.Bulletins;
using KimHotspot.Central.Dashboard;
using KimHotspot.Central.Data;
using KimHotspot.Central.Health;
using KimHotspot.Central.History;
using KimHotspot.Central.Ingest;
using KimHotspot.Central.Live;
using KimHotspot.Central.Localization;
using KimHotspot.Central.Metrics;
using KimHotspot.Central.Operators;
using KimHotspot.Central.Proxy;
using KimHotspot.Central.Redis;
using KimHotspot.Central.Reports;
using KimHotspot.Central.Sites;
using KimHotspot.Central.Sweeper;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSystemd(); // READY=1 / STOPPING=1 under a Type=notify unit; nothing elsewhere

builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");
builder.AddCentralData();
builder.AddCentralLocalization();
builder.AddOperators();
builder.AddSites();
builder.AddCentralLive();
builder.AddCentralHistory();
builder.AddCentralIngest();
builder.AddCentralRedis();
builder.AddSweeper();
builder.AddAlerts();
builder.AddDashboard();
builder.AddSiteGateway();
builder.AddCentralMetrics();
builder.AddReports();
builder.AddCityBulletins();

var app = builder.Build();

await app.MigrateCentralDataAsync();
if (await app.TryRunOperatorCommandAsync(args) || await app.TryRunSiteCommandAsync(args))
{
    return; // an `operator …` or `site …` command ran instead of the server
}

app.UseCentralLocalization();
app.UseStaticFiles();
app.UseRouting();
app.UseOperators();

app.MapRazorPages();
app.MapCentralHealth();
app.MapCentralIngest();
app.MapDashboard();
app.MapSiteGateway();
app.MapCentralMetrics();
app.MapReports();
app.MapCityBulletins();

app.Run();
