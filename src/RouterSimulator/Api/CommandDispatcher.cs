using KimHotspot.RouterSimulator.Interfaces;
using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Api;

/// <summary>Runs one logged-in command: finds its menu and verb, answers, or traps.</summary>
internal sealed class CommandDispatcher(ApiConnection connection, SimulatedRouter router)
{
    private RouterModel Model => router.Model;

    public async Task RunAsync(ApiRequest request)
    {
        List<string[]> replies;
        try
        {
            if (await TryRunSpecialAsync(request).ConfigureAwait(false))
            {
                return;
            }

            replies = RunGeneric(request);
        }
        catch (ApiTrap trap)
        {
            replies = Replies.Failure(trap, request.Tag);
        }

        if (replies.Count > 0)
        {
            await connection.Writer.WriteAsync(replies, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Commands that are not generic verbs. Returns false when the command is not one of them.</summary>
    private async Task<bool> TryRunSpecialAsync(ApiRequest request)
    {
        switch (request.Command)
        {
            case "/ip/hotspot/active/login":
                lock (Model.Gate)
                {
                    Model.Hotspot.ApiLogin(request);
                }

                await connection.Writer.WriteAsync(Replies.Done(request.Tag), CancellationToken.None).ConfigureAwait(false);
                return true;
            case "/interface/monitor-traffic":
                await MonitorTrafficCommand.RunAsync(connection, Model, request).ConfigureAwait(false);
                return true;
            case "/system/reboot":
                await router.RebootAsync().ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    private List<string[]> RunGeneric(ApiRequest request)
    {
        string command = request.Command;
        int slash = command.LastIndexOf('/');
        string path = command[..Math.Max(slash, 0)];
        string verb = command[(slash + 1)..];
        Menu menu;
        lock (Model.Gate)
        {
            menu = Model.FindMenu(path) ?? throw UnknownPath(command);
        }

        if (!menu.Supports(verb))
        {
            throw ApiTrap.NoSuchCommand();
        }

        string? tag = request.Tag;
        switch (verb)
        {
            case "print" or "getall":
                return Print(menu, request);
            case "listen":
                ListenCommand.Start(connection, Model, menu, request);
                return [];
            case "add":
                lock (Model.Gate)
                {
                    return [Replies.Done(tag, menu.Add(request))];
                }

            default:
                lock (Model.Gate)
                {
                    Action<ApiRequest> action = verb switch
                    {
                        "set" => menu.Set,
                        "remove" => menu.Remove,
                        "unset" => menu.Unset,
                        _ => r => menu.Run(verb, r),
                    };
                    action(request);
                }

                return [Replies.Done(tag)];
        }
    }

    private List<string[]> Print(Menu menu, ApiRequest request)
    {
        var rows = new List<RowView>();
        lock (Model.Gate)
        {
            menu.Print(rows);
        }

        var filter = request.Queries.Count > 0 ? new QueryFilter(request.Queries) : null;
        var matching = filter is null ? rows : rows.Where(filter.Matches).ToList();
        string? tag = request.Tag;
        if (request.Has("count-only"))
        {
            return [Replies.Done(tag, ValueFormat.Number(matching.Count))];
        }

        var proplist = request.Proplist();
        var replies = new List<string[]>(matching.Count + 2);
        foreach (var row in matching)
        {
            replies.Add(Replies.Re(proplist is null ? row : row.Project(proplist), tag));
        }

        if (matching.Count == 0 && Model.Profile.SendsEmpty)
        {
            replies.Add(Replies.Empty(tag));
        }

        replies.Add(Replies.Done(tag));
        return replies;
    }

    /// <summary>The two traps naming the first unknown segment (reference §1.5).</summary>
    private ApiTrap UnknownPath(string command)
    {
        var segments = command.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string path = string.Empty;
        for (int i = 0; i < segments.Length - 1; i++)
        {
            path += "/" + segments[i];
            if (!Model.IsDirectory(path))
            {
                return ApiTrap.UnknownMenu(segments[i]);
            }
        }

        return segments.Length <= 1 ? ApiTrap.UnknownMenu(segments.FirstOrDefault() ?? string.Empty) : ApiTrap.NoSuchCommand();
    }
}
