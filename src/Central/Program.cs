using KimHotspot.Central.Data;
using KimHotspot.Central.Localization;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");
builder.AddCentralData();
builder.AddCentralLocalization();

var app = builder.Build();

await app.MigrateCentralDataAsync();

app.UseCentralLocalization();
app.UseStaticFiles();
app.UseRouting();

app.MapRazorPages();

app.Run();
