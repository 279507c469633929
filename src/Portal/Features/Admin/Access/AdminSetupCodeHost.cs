using KimHotspot.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>At start, when the database has no admin account yet, prints a setup code for the first KIM admin.</summary>
public sealed class AdminSetupCodeHost(IServiceScopeFactory scopes, AdminSetupCode code) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        if (!await db.AdminAccounts.AnyAsync(cancellationToken))
        {
            code.Issue();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
