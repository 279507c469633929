namespace KimHotspot.Portal.Features.Village;

/// <summary>The village's own settings (one row): names shown to residents and the access policy.</summary>
public sealed class VillageSettings
{
    public int Id { get; set; }

    /// <summary>Name of the desa/kelurahan, e.g. "Desa Sukamaju".</summary>
    public string VillageName { get; set; } = "Desa";

    /// <summary>Name of the KIM, e.g. "KIM Sukamaju Cerdas".</summary>
    public string KimName { get; set; } = "KIM";

    /// <summary>Free trial minutes a device (and a person, when the phone is known) gets per day; 0 = no trial.</summary>
    public int TrialMinutesPerDay { get; set; } = 15;

    /// <summary>Tier (router profile) used for trial sessions.</summary>
    public int? TrialTierId { get; set; }

    /// <summary>New registrations get <see cref="AutoApproveTierId"/> at once instead of waiting for an admin.</summary>
    public bool AutoApprove { get; set; }

    /// <summary>The limited tier given by auto-approval.</summary>
    public int? AutoApproveTierId { get; set; }

    /// <summary>Stored logo file name under the data directory's images, when the KIM uploaded one.</summary>
    public string? LogoFile { get; set; }

    /// <summary>Days session history (and trial and login records) are kept before the nightly purge deletes them.</summary>
    public int SessionHistoryDays { get; set; } = 90;

    /// <summary>Days after which the personal data of members who were rejected, or expired/blocked and unseen since, is deleted.</summary>
    public int InactiveMemberDays { get; set; } = 365;
}
