using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Connection;
using KimHotspot.RouterSetup.Apply;
using KimHotspot.RouterSetup.Plan;
using KimHotspot.RouterSetup.Script;

namespace KimHotspot.RouterSetup.Cli;

/// <summary>
/// The commands: <c>apply</c>, <c>check</c>, <c>script</c>, <c>login-html</c>. Exit codes: 0 done / in sync,
/// 1 something differs, 2 usage, connection or router error. Passwords are never printed.
/// </summary>
internal static class SetupCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var line = CommandLine.Parse(args);
            switch (line.Verb)
            {
                case "apply" or "check":
                    return await RunOnRouterAsync(line, output, cancellationToken).ConfigureAwait(false);
                case "script":
                    var settings = SettingsReader.Read(line);
                    await output.WriteAsync(RscRenderer.Render(SetupPlan.Build(settings, apiPassword: null), settings)).ConfigureAwait(false);
                    return 0;
                case "login-html":
                    await output.WriteAsync(LoginPage.Render(SettingsReader.Read(line).PortalEntryUrl)).ConfigureAwait(false);
                    return 0;
                default:
                    await output.WriteAsync(Usage.Text).ConfigureAwait(false);
                    return line.Verb == "help" ? 0 : 2;
            }
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync("error: " + e.Message + "\n\n" + Usage.Text).ConfigureAwait(false);
            return 2;
        }
        catch (Exception e) when (e is RouterOsException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return 2;
        }
    }

    /// <summary>
    /// The API user's password: from the file, or new (and written there) when the file is missing. A new password is
    /// only ever sent when the user is added, so a missing file for a user the router already has is refused: the
    /// Portal and the agent would get a password the router does not know.
    /// </summary>
    private static async Task<string> ApiPasswordAsync(RouterOsConnection api, SetupSettings settings, string file, CancellationToken cancellationToken)
    {
        if (File.Exists(file))
        {
            return await SecretFile.ReadAsync(file, cancellationToken).ConfigureAwait(false);
        }

        var existing = await api.ExecuteAsync(new RouterOsCommand("/user/print").Where("name", settings.ApiUser), cancellationToken).ConfigureAwait(false);
        if (existing.Rows.Count > 0)
        {
            throw new UsageException($"the router already has the API user {settings.ApiUser} but {file} does not exist: give the password " +
                $"file an earlier apply wrote, or set a new password on the router (/user set {settings.ApiUser} password=...) and put it in {file}");
        }

        return await SecretFile.ReadOrCreateAsync(file, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> RunOnRouterAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        var settings = SettingsReader.Read(line);
        bool apply = line.Verb == "apply";
        string? apiPasswordFile = null;
        if (apply)
        {
            apiPasswordFile = line["api-password-file"] ?? throw new UsageException("apply needs --api-password-file (made with a new password when missing)");
        }

        await using var api = await ConnectAsync(line, cancellationToken).ConfigureAwait(false);
        string? apiPassword = apiPasswordFile is null ? null : await ApiPasswordAsync(api, settings, apiPasswordFile, cancellationToken).ConfigureAwait(false);
        var plan = SetupPlan.Build(settings, apiPassword);
        foreach (var warning in await Conflicts.FindAsync(api, settings, cancellationToken).ConfigureAwait(false))
        {
            await output.WriteLineAsync("warning  " + warning).ConfigureAwait(false);
        }

        var report = apply
            ? await SetupRun.ApplyAsync(api, plan, cancellationToken).ConfigureAwait(false)
            : await SetupRun.CheckAsync(api, plan, cancellationToken).ConfigureAwait(false);
        foreach (var step in report.Steps)
        {
            await output.WriteLineAsync(step.ToString()).ConfigureAwait(false);
        }

        if (apply)
        {
            await output.WriteLineAsync($"{report.Changed} changed").ConfigureAwait(false);
            if (await FingerprintAsync(api, cancellationToken).ConfigureAwait(false) is { } fingerprint)
            {
                await output.WriteLineAsync("api-ssl certificate fingerprint (Router:CertificateThumbprint): " + fingerprint).ConfigureAwait(false);
            }
        }

        if (report.Differing > 0)
        {
            await output.WriteLineAsync($"{report.Differing} differ").ConfigureAwait(false);
            return 1;
        }

        if (!apply)
        {
            await output.WriteLineAsync("all in order").ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task<RouterOsConnection> ConnectAsync(CommandLine line, CancellationToken cancellationToken)
    {
        string router = line["router"] ?? throw new UsageException("--router is required");
        string passwordFile = line["password-file"] ?? throw new UsageException("--password-file is required (the admin password, in a file)");
        int? port = line["port"] is { } p ? (int.TryParse(p, out var n) ? n : throw new UsageException("--port must be a number")) : null;
        return await RouterOsConnection.ConnectAsync(new RouterOsConnectionOptions
        {
            Host = router,
            Port = port,
            UserName = line["user"] ?? "admin",
            Password = await SecretFile.ReadAsync(passwordFile, cancellationToken).ConfigureAwait(false),
            UseTls = line.Has("tls"),
            CertificateThumbprint = line["thumbprint"],
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<string?> FingerprintAsync(RouterOsConnection api, CancellationToken cancellationToken)
    {
        var response = await api.ExecuteAsync(
            new RouterOsCommand("/certificate/print").Where("name", SetupPlan.CertificateName), cancellationToken).ConfigureAwait(false);
        return response.Rows.Count > 0 ? response.Rows[0]["fingerprint"] : null;
    }
}
