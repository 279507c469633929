namespace KimHotspot.Portal.Features.Register;

/// <summary>What a resident types on the registration page.</summary>
public sealed class RegistrationForm
{
    public string? FullName { get; set; }

    public string? Phone { get; set; }

    /// <summary>Optional login name.</summary>
    public string? Username { get; set; }

    /// <summary>RT/RW or dusun.</summary>
    public string? Neighbourhood { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }

    public bool Consent { get; set; }
}
