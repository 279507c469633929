namespace KimHotspot.RouterOs.Tests.Protocol;

/// <summary>The byte dumps of routeros-reference.md §1.2, with the words each one carries.</summary>
internal static class WireSamples
{
    public static readonly (string Name, string Hex, string[][] Sentences)[] All =
    [
        ("login", "062F6C6F67696E 0B3D6E616D653D61646D696E 103D70617373776F72643D736563726574 00",
            [["/login", "=name=admin", "=password=secret"]]),
        ("done", "0521646F6E6500", [["!done"]]),
        ("failed login",
            "0521747261702A3D6D6573736167653D696E76616C69642075736572206E616D65206F722070617373776F7264202836290005"
            + "21646F6E6500",
            [["!trap", "=message=invalid user name or password (6)"], ["!done"]]),
        ("tagged print",
            "182F69702F686F7473706F742F6163746976652F7072696E741B3D2E70726F706C6973743D2E69642C757365722C616464726573"
            + "73103F7365727665723D686F7473706F743106"
            + "2E7461673D3700",
            [["/ip/hotspot/active/print", "=.proplist=.id,user,address", "?server=hotspot1", ".tag=7"]]),
        ("row then done",
            "03217265" + "0E3D2E69643D2A4330413830413038" + "0B3D757365723D616C696365"
            + "123D616464726573733D31302E352E35302E38" + "062E7461673D37" + "00"
            + "0521646F6E65062E7461673D3700",
            [["!re", "=.id=*C0A80A08", "=user=alice", "=address=10.5.50.8", ".tag=7"], ["!done", ".tag=7"]]),
        ("empty", "0621656D707479062E7461673D3700", [["!empty", ".tag=7"]]),
        ("fatal",
            "0621666174616C1D73657373696F6E207465726D696E61746564206F6E207265717565737400",
            [["!fatal", "session terminated on request"]]),
    ];

    public static byte[] Bytes(string hex) => Segments.Hex(hex);
}
