namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>A person who runs the village KIM's Portal: a KIM editor (bulletins) or a KIM admin (everything).</summary>
public sealed class AdminAccount
{
    public int Id { get; set; }

    /// <summary>Login name, lower case, unique.</summary>
    public string Username { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public AdminRole Role { get; set; }

    /// <summary>ASP.NET Core Identity password hash.</summary>
    public string PasswordHash { get; set; } = string.Empty;

    /// <summary>Changes whenever the password, role or second factor changes; signed-in cookies carrying an older stamp stop working.</summary>
    public string SecurityStamp { get; set; } = string.Empty;

    /// <summary>Failed sign-ins in a row (reset on success).</summary>
    public int FailedLogins { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>TOTP secret (RFC 6238), data-protected; null while no second factor is set up.</summary>
    public string? TotpSecret { get; set; }

    /// <summary>Time step of the last accepted TOTP code, so one code works once.</summary>
    public long TotpLastStep { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastLoginAt { get; set; }

    /// <summary>Set when the account is switched off; it cannot sign in.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}
