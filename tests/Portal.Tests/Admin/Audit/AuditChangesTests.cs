using KimHotspot.Portal.Features.Admin.Audit;

namespace KimHotspot.Portal.Tests.Admin.Audit;

public sealed class AuditChangesTests
{
    [Fact]
    public void Describe_Update_ListsOnlyChangedFields() =>
        Assert.Equal(["Role: Editor → Admin"], AuditChanges.Describe("{\"Username\":\"ani\",\"Role\":\"Editor\"}", "{\"Username\":\"ani\",\"Role\":\"Admin\"}"));

    [Fact]
    public void Describe_Creation_ListsEveryField() =>
        Assert.Equal(["Username: ani", "Totp: false"], AuditChanges.Describe(null, "{\"Username\":\"ani\",\"Totp\":false}"));

    [Fact]
    public void Describe_Deletion_MarksFieldsGone() =>
        Assert.Equal(["Title: Rapat ×"], AuditChanges.Describe("{\"Title\":\"Rapat\"}", null));

    [Fact]
    public void Describe_NotJson_ShowsTextAsIs() =>
        Assert.Equal(["plain words"], AuditChanges.Describe("plain words", null));
}
