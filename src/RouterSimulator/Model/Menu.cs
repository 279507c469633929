namespace KimHotspot.RouterSimulator.Model;

/// <summary>
/// One API menu (e.g. <c>/ip/hotspot/user</c>) and its generic verbs. Every member is called with
/// the model lock held; failures are thrown as <see cref="ApiTrap"/>.
/// </summary>
internal abstract class Menu(string path)
{
    public string Path { get; } = path;

    /// <summary>Raised (under the lock) for every changed or removed row; used by <c>listen</c>.</summary>
    public event Action<RowChange>? Changed;

    protected bool HasListeners => Changed is not null;

    /// <summary>Whether the generic verb (print, getall, add, set, remove, unset, listen) exists here.</summary>
    public abstract bool Supports(string verb);

    /// <summary>Renders every row, in order.</summary>
    public abstract void Print(List<RowView> into);

    /// <summary>Adds a row and returns its <c>.id</c>.</summary>
    public virtual string Add(ApiRequest request) => throw ApiTrap.NoSuchCommand();

    public virtual void Set(ApiRequest request) => throw ApiTrap.NoSuchCommand();

    public virtual void Remove(ApiRequest request) => throw ApiTrap.NoSuchCommand();

    public virtual void Unset(ApiRequest request) => throw ApiTrap.NoSuchCommand();

    /// <summary>A verb of this menu's own (e.g. <c>/certificate/sign</c>), when <see cref="Supports"/> says it exists.</summary>
    public virtual void Run(string verb, ApiRequest request) => throw ApiTrap.NoSuchCommand();

    protected void Raise(RowChange change) => Changed?.Invoke(change);
}
