namespace KimHotspot.RouterSimulator.Model;

/// <summary>
/// A menu of rows with <c>.id</c>s (<c>*1</c>, <c>*2</c> … uppercase hex) and the generic verbs
/// add/set/remove/unset/print/listen. Subclasses add typed state and read-only fields.
/// </summary>
internal class Table(string path, TableSchema schema, RouterModel model) : Menu(path)
{
    private readonly List<Row> _rows = [];
    private readonly Dictionary<string, Row> _byId = new(StringComparer.Ordinal);
    private int _nextId = 1;

    public TableSchema Schema { get; } = schema;

    protected RouterModel Model { get; } = model;

    public IReadOnlyList<Row> Rows => _rows;

    public override bool Supports(string verb) => verb switch
    {
        "print" or "getall" or "listen" => true,
        "add" => Schema.CanAdd,
        "set" or "unset" => Schema.CanSet,
        "remove" => Schema.CanRemove,
        _ => false,
    };

    public override void Print(List<RowView> into)
    {
        foreach (var row in _rows)
        {
            into.Add(Render(row));
        }
    }

    /// <summary><c>.id</c>, the stored fields, then <see cref="RenderExtra"/>.</summary>
    public RowView Render(Row row)
    {
        var view = new RowView(row.Fields.Count + 8) { { ".id", row.Id } };
        foreach (var (key, value) in row.Fields)
        {
            bool isBool = Schema.Find(key)?.Kind == FieldKind.Bool;
            view.Add(key, isBool ? Model.Format.Bool(value == "true") : value);
        }

        RenderExtra(row, view);
        return view;
    }

    protected virtual void RenderExtra(Row row, RowView view)
    {
    }

    /// <summary>Adds a row built in code (defaults filled, no validation) and returns it.</summary>
    public T Insert<T>(T row, params (string Key, string Value)[] values)
        where T : Row
    {
        FillDefaults(row);
        foreach (var (key, value) in values)
        {
            row.Fields[key] = value;
        }

        row.Id = "*" + (_nextId++).ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        _rows.Add(row);
        _byId[row.Id] = row;
        Touch(row);
        return row;
    }

    /// <summary>Removes a row and tells listeners it is dead.</summary>
    public void Delete(Row row)
    {
        if (_byId.Remove(row.Id))
        {
            _rows.Remove(row);
            OnRemoved(row);
            if (HasListeners)
            {
                Raise(new RowChange(row.Id, null));
            }
        }
    }

    /// <summary>Empties the table and restarts ids at <c>*1</c> (reboot of dynamic tables).</summary>
    public void Clear()
    {
        _rows.Clear();
        _byId.Clear();
        _nextId = 1;
    }

    /// <summary>Tells listeners the row changed.</summary>
    public void Touch(Row row)
    {
        if (HasListeners)
        {
            Raise(new RowChange(row.Id, Render(row)));
        }
    }

    public Row? FindById(string id) => _byId.GetValueOrDefault(id);

    public Row? FindByKey(string key) =>
        Schema.KeyField is { } field ? _rows.FirstOrDefault(r => r[field] == key) : null;

    /// <summary>A row by <c>.id</c> or, in menus with unique names, by name.</summary>
    public Row Resolve(string idOrName) => FindById(idOrName) ?? FindByKey(idOrName) ?? throw ApiTrap.NoSuchItem();

    public IReadOnlyList<Row> Resolve(ApiRequest request) =>
        (request.Ids() ?? throw ApiTrap.Missing("numbers")).Select(Resolve).Distinct().ToList();

    public override string Add(ApiRequest request)
    {
        var row = CreateRow();
        FillDefaults(row);
        foreach (var (key, value) in request.Values())
        {
            row.Fields[key] = Normalize(key, value);
        }

        if (Schema.KeyField is { } keyField)
        {
            var key = row[keyField];
            if (string.IsNullOrEmpty(key))
            {
                throw ApiTrap.Missing(keyField);
            }

            CheckUnique(key, null);
        }

        ValidateRow(row);
        Insert(row);
        return row.Id;
    }

    public override void Set(ApiRequest request)
    {
        var rows = Resolve(request);
        var values = request.Values().Select(v => (v.Key, Value: Normalize(v.Key, v.Value))).ToList();
        foreach (var row in rows)
        {
            foreach (var (key, value) in values)
            {
                if (key == Schema.KeyField)
                {
                    CheckUnique(value, row);
                }

                row.Fields[key] = value;
            }

            ValidateRow(row);
            Touch(row);
        }
    }

    public override void Remove(ApiRequest request)
    {
        var rows = Resolve(request);
        if (rows.FirstOrDefault(r => r.IsDefault) is not null)
        {
            throw new ApiTrap($"failure: default {Schema.Noun} can not be removed");
        }

        foreach (var row in rows)
        {
            Delete(row);
        }
    }

    public override void Unset(ApiRequest request)
    {
        var rows = Resolve(request);
        var names = (request.Get("value-name") ?? throw ApiTrap.Missing("value-name")).Split(',');
        foreach (var name in names)
        {
            if (Schema.Find(name) is null || name == Schema.KeyField)
            {
                throw ApiTrap.UnknownParameter(name);
            }
        }

        foreach (var row in rows)
        {
            foreach (var name in names)
            {
                if (Schema.Find(name)!.Default is { } def)
                {
                    row.Fields[name] = def;
                }
                else
                {
                    row.Fields.Remove(name);
                }
            }

            Touch(row);
        }
    }

    /// <summary>Creates the row object for <c>add</c> (subclasses use typed rows).</summary>
    protected virtual Row CreateRow() => new();

    /// <summary>Checks a row after add/set (cross-field rules); throws <see cref="ApiTrap"/>.</summary>
    protected virtual void ValidateRow(Row row)
    {
    }

    protected virtual void OnRemoved(Row row)
    {
    }

    private void FillDefaults(Row row)
    {
        foreach (var field in Schema.Fields)
        {
            if (field.Default is { } def && !row.Fields.ContainsKey(field.Name))
            {
                row.Fields[field.Name] = def;
            }
        }
    }

    private string Normalize(string key, string value)
    {
        var spec = Schema.Find(key);
        if (spec is null || Schema.ReadOnly.Contains(key))
        {
            throw ApiTrap.UnknownParameter(key);
        }

        return spec.Normalize(value, Model.ReferenceExists);
    }

    private void CheckUnique(string key, Row? self)
    {
        if (FindByKey(key) is { } other && other != self)
        {
            throw new ApiTrap($"failure: already have {Schema.Noun} with this name");
        }
    }
}
