using KimHotspot.RouterAgent;
using KimHotspot.RouterAgent.Outbox;

var builder = Host.CreateApplicationBuilder(args);
builder.AddRouterAgent();

var host = builder.Build();
// Open the outbox at start, so a bad directory or a corrupt file stops the agent at once.
host.Services.GetRequiredService<ReportOutbox>();
await host.RunAsync();
