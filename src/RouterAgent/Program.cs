using KimHotspot.RouterAgent.Collect;
using KimHotspot.RouterAgent.Outbox;
using KimHotspot.RouterAgent.Rollup;
using KimHotspot.RouterAgent.Site;
using KimHotspot.RouterAgent.Systemd;
using KimHotspot.RouterAgent.Upload;

var builder = Host.CreateApplicationBuilder(args);
builder.AddSystemdIntegration();
builder.AddSite();
builder.Services.AddSingleton<IRollup, ReportRollup>();
builder.AddOutbox();
builder.AddUploader();
builder.AddCollect();

var host = builder.Build();
// Open the outbox at start, so a bad directory or a corrupt file stops the agent at once.
host.Services.GetRequiredService<ReportOutbox>();
await host.RunAsync();
