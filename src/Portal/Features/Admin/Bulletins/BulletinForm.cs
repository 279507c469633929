using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Features.Admin.Shared;

namespace KimHotspot.Portal.Features.Admin.Bulletins;

/// <summary>The bulletin editor's fields as posted; times are village local time as typed.</summary>
public sealed class BulletinForm
{
    public const int MaxTitle = 120;
    public const int MaxBody = 5000;

    public string? Title { get; set; }

    public string? Body { get; set; }

    public string? StartsAt { get; set; }

    public string? EndsAt { get; set; }

    public bool Pinned { get; set; }

    public BulletinAudience Audience { get; set; }

    /// <summary>Remove the bulletin's current picture.</summary>
    public bool RemoveImage { get; set; }

    /// <summary>The body with browser line ends (CR LF) made plain and trailing space dropped.</summary>
    public string NormalizedBody => (Body ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();

    public static BulletinForm From(Bulletin bulletin, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        return new BulletinForm
        {
            Title = bulletin.Title,
            Body = bulletin.Body,
            StartsAt = VillageTime.ToInput(bulletin.StartsAt, zone),
            EndsAt = VillageTime.ToInput(bulletin.EndsAt, zone),
            Pinned = bulletin.Pinned,
            Audience = bulletin.Audience,
        };
    }

    /// <summary>Checks the fields; returns (field, Indonesian resource key) pairs, empty when valid.</summary>
    public List<(string Field, string Error)> Validate(TimeZoneInfo zone, out DateTimeOffset? starts, out DateTimeOffset? ends)
    {
        var errors = new List<(string, string)>();
        var title = Title?.Trim() ?? string.Empty;
        if (title.Length == 0)
        {
            errors.Add((nameof(Title), "Judul wajib diisi."));
        }
        else if (title.Length > MaxTitle)
        {
            errors.Add((nameof(Title), "Judul paling panjang 120 karakter."));
        }

        if (NormalizedBody.Length > MaxBody)
        {
            errors.Add((nameof(Body), "Isi paling panjang 5.000 karakter."));
        }

        if (!Enum.IsDefined(Audience))
        {
            errors.Add((nameof(Audience), "Pilih siapa yang melihat pengumuman ini."));
        }

        starts = ReadTime(StartsAt, nameof(StartsAt), zone, errors);
        ends = ReadTime(EndsAt, nameof(EndsAt), zone, errors);
        if (starts is not null && ends is not null && ends <= starts)
        {
            errors.Add((nameof(EndsAt), "Waktu selesai harus sesudah waktu mulai."));
        }

        return errors;
    }

    /// <summary>Copies the checked fields onto <paramref name="bulletin"/>.</summary>
    public void ApplyTo(Bulletin bulletin, DateTimeOffset? starts, DateTimeOffset? ends)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        bulletin.Title = Title?.Trim() ?? string.Empty;
        bulletin.Body = NormalizedBody;
        bulletin.StartsAt = starts;
        bulletin.EndsAt = ends;
        bulletin.Pinned = Pinned;
        bulletin.Audience = Audience;
    }

    private static DateTimeOffset? ReadTime(string? input, string field, TimeZoneInfo zone, List<(string, string)> errors)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        if (VillageTime.TryParse(input, zone, out var at))
        {
            return at;
        }

        errors.Add((field, "Tanggal dan jam tidak valid."));
        return null;
    }
}
