using KimHotspot.RouterAgent.Outbox;

var builder = Host.CreateApplicationBuilder(args);
builder.AddOutbox();
// Not yet: collectors (router, hotspot, portal, self), the uploader to Central, systemd integration.

var host = builder.Build();
// Open the outbox at start, so a bad directory or a corrupt file stops the agent at once.
host.Services.GetRequiredService<ReportOutbox>();
await host.RunAsync();
