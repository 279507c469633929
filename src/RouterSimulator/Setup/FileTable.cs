using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Setup;

/// <summary>
/// /file with RouterOS 7 <c>add name=… contents=…</c>. [UNSURE] Which 7.x first accepts <c>contents</c> on add,
/// whether the directory part must exist first, and the size up to which a real router prints <c>contents</c>;
/// here every file prints it, and directories are implied by the name.
/// </summary>
internal sealed class FileTable(RouterModel model) : Table("/file", SetupSchemas.File, model)
{
    protected override void RenderExtra(Row row, RowView view)
    {
        view.Add("type", (row["name"] ?? string.Empty).EndsWith(".html", StringComparison.Ordinal) ? ".html file" : "file");
        view.Add("size", ValueFormat.Number((row["contents"] ?? string.Empty).Length));
    }
}
