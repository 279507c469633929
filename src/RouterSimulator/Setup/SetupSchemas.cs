using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Setup;

/// <summary>
/// Writable fields of the menus the KimHotspot router set-up touches (RouterOS 7 field names; only what the
/// set-up plan and a technician's usual view need).
/// </summary>
internal static class SetupSchemas
{
    public static TableSchema Bridge { get; } = new("bridge",
    [
        new("name"),
        new("protocol-mode", FieldKind.Choice, "rstp") { Choices = ["none", "stp", "rstp", "mstp"] },
        new("comment"),
        new("disabled", FieldKind.Bool, "false"),
    ]);

    public static TableSchema BridgePort { get; } = new("bridge port",
    [
        new("interface", FieldKind.Reference) { RefPath = "/interface" },
        new("bridge", FieldKind.Reference) { RefPath = "/interface/bridge" },
        new("comment"),
        new("disabled", FieldKind.Bool, "false"),
    ], keyField: null);

    public static TableSchema Address { get; } = new("address",
    [
        new("address"),
        new("network"),
        new("interface", FieldKind.Reference) { RefPath = "/interface" },
        new("comment"),
        new("disabled", FieldKind.Bool, "false"),
    ], keyField: null);

    public static TableSchema Pool { get; } = new("pool",
    [
        new("name"),
        new("ranges"),
        new("next-pool", FieldKind.Text, "none"),
        new("comment"),
    ]);

    public static TableSchema DhcpServer { get; } = new("dhcp server",
    [
        new("name"),
        new("interface", FieldKind.Reference) { RefPath = "/interface" },
        new("address-pool", FieldKind.Reference, "static-only") { RefPath = "/ip/pool", RefExtras = ["static-only"] },
        new("lease-time", FieldKind.Duration, "30m"),
        new("dhcp-option-set", FieldKind.Text, "none"),
        new("comment"),
        new("disabled", FieldKind.Bool, "true"),
    ]);

    public static TableSchema DhcpNetwork { get; } = new("network",
    [
        new("address"),
        new("gateway"),
        new("dns-server"),
        new("domain"),
        new("ntp-server"),
        new("dhcp-option"),
        new("comment"),
    ], keyField: "address");

    public static TableSchema DhcpOption { get; } = new("dhcp option",
    [
        new("name"),
        new("code", FieldKind.Number),
        new("value"),
        new("force", FieldKind.Bool, "false"),
        new("comment"),
    ]);

    public static TableSchema DhcpOptionSet { get; } = new("dhcp option set",
    [
        new("name"),
        new("options"),
    ]);

    public static TableSchema UserGroup { get; } = new("group",
    [
        new("name"),
        new("policy"),
        new("skin", FieldKind.Text, "default"),
        new("comment"),
    ]);

    public static TableSchema User { get; } = new("user",
    [
        new("name"),
        new("group", FieldKind.Reference, "full") { RefPath = "/user/group" },
        new("password"),
        new("address"),
        new("comment"),
        new("disabled", FieldKind.Bool, "false"),
    ]);

    public static TableSchema Service { get; } = new("service",
    [
        new("name"),
        new("port", FieldKind.Number),
        new("address", FieldKind.Text, string.Empty),
        new("certificate", FieldKind.Text, "none"),
        new("tls-version", FieldKind.Choice, "any") { Choices = ["any", "only-1.2"] },
        new("max-sessions", FieldKind.Number, "20"),
        new("disabled", FieldKind.Bool, "false"),
    ]) { CanAdd = false, CanRemove = false, ReadOnly = ["name"] };

    public static TableSchema Certificate { get; } = new("certificate",
    [
        new("name"),
        new("common-name"),
        new("subject-alt-name"),
        new("key-size", FieldKind.Text, "2048"),
        new("days-valid", FieldKind.Number, "365"),
        new("key-usage"),
        new("trusted", FieldKind.Bool, "false"),
    ]);

    public static TableSchema DnsStatic { get; } = new("static dns entry",
    [
        new("name"),
        new("address"),
        new("type", FieldKind.Text, "A"),
        new("ttl", FieldKind.Duration, "1d"),
        new("comment"),
        new("disabled", FieldKind.Bool, "false"),
    ], keyField: null);

    public static TableSchema File { get; } = new("file",
    [
        new("name"),
        new("contents", FieldKind.Text, string.Empty),
    ]);
}
