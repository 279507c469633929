using KimHotspot.Central.CommandLine;

namespace KimHotspot.Central.Sites;

/// <summary>
/// A parsed <c>site &lt;verb&gt; [id] [--option value]…</c>; configuration switches (with ':' or '=') are left to the host.
/// </summary>
internal sealed record SiteCommandLine(string Verb, string? Id, SiteForm Form)
{
    private static readonly string[] Verbs = ["create", "rotate-key", "list"];

    public static (SiteCommandLine? Command, string? Problem) Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || !Verbs.Contains(args[0], StringComparer.Ordinal))
        {
            return (null, args.Count == 0 ? "missing command" : $"unknown command '{args[0]}'");
        }

        var verb = args[0];
        string? id = null;
        var form = new SiteForm();
        for (var i = 1; i < args.Count; i++)
        {
            if (HostCommand.SkipConfigurationSwitch(args, ref i))
            {
                continue;
            }

            var arg = args[i];

            if (verb == "create" && i + 1 < args.Count && Set(form, arg, args[i + 1]))
            {
                i++;
            }
            else if (!arg.StartsWith('-') && id is null && verb != "list")
            {
                id = arg;
            }
            else
            {
                return (null, $"unexpected argument '{arg}' for 'site {verb}'");
            }
        }

        if (verb != "list" && string.IsNullOrWhiteSpace(id))
        {
            return (null, $"'site {verb}' needs the site's id (its Kemendagri village code, e.g. 71.74.01.2001)");
        }

        if (verb == "create" && string.IsNullOrWhiteSpace(form.Name))
        {
            return (null, "--name is required (the village's name)");
        }

        form.Id = id;
        return (new SiteCommandLine(verb, id, form), null);
    }

    private static bool Set(SiteForm form, string option, string value)
    {
        switch (option)
        {
            case "--name": form.Name = value; return true;
            case "--kecamatan": form.Kecamatan = value; return true;
            case "--lat": form.Latitude = value; return true;
            case "--lon": form.Longitude = value; return true;
            case "--portal-url": form.PortalUrl = value; return true;
            case "--interval": form.IntervalSeconds = value; return true;
            default: return false;
        }
    }
}
