namespace KimHotspot.Portal.Features.Admin.Vouchers;

/// <summary>Codes as the audit log and the unrevealed batch page show them: only the last three characters.</summary>
public static class VoucherMask
{
    /// <summary>"…HQX" for "KMF47HQX".</summary>
    public static string Tail(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length <= 3 ? "…" : "…" + code[^3..];
    }
}
