namespace KimHotspot.RouterSimulator.Model;

/// <summary>A row-less menu (<c>/system/resource</c>, <c>/system/identity</c> …): print gives one row without <c>.id</c>.</summary>
internal sealed class SingletonMenu(string path, Func<RowView> render, Action<ApiRequest>? set = null) : Menu(path)
{
    public override bool Supports(string verb) => verb switch
    {
        "print" or "getall" => true,
        "set" => set is not null,
        _ => false,
    };

    public override void Print(List<RowView> into) => into.Add(render());

    public override void Set(ApiRequest request)
    {
        if (set is null)
        {
            throw ApiTrap.NoSuchCommand();
        }

        set(request);
    }
}
