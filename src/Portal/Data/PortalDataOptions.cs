using System.ComponentModel.DataAnnotations;

namespace KimHotspot.Portal.Data;

/// <summary>Section <c>Portal</c>: where the village data lives.</summary>
public sealed class PortalDataOptions
{
    public const string Section = "Portal";

    /// <summary>Folder for <c>portal.db</c> and uploaded images; created when missing.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";
}
