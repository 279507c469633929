namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>
/// The <c>admin …</c> command line (<c>dotnet KimHotspot.Portal.dll admin create …</c>): manages admin accounts
/// against the village database and exits without starting the web server.
/// </summary>
public static class AdminCommand
{
    /// <summary>Runs the command when <paramref name="args"/> starts with <c>admin</c>; false otherwise (start the server).</summary>
    public static Task<bool> TryRunAdminCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        return Task.FromResult(false);
    }
}
