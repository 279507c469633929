using System.Security.Cryptography;
using System.Text;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>
/// The one-time code that lets the first KIM admin be created on <c>/admin/siapkan</c> while no account exists.
/// Kept in memory only (a restart prints a new one), printed once to the console, valid 24 hours or until used;
/// <see cref="MaxWrong"/> wrong tries burn it and print a new one.
/// </summary>
public sealed class AdminSetupCode(TimeProvider time, ILogger<AdminSetupCode> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public const int MaxWrong = 5;

    /// <summary>Upper-case letters and digits without look-alikes (no 0/O, 1/I/L).</summary>
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private const int Length = 10;

    private readonly Lock _gate = new();
    private string? _code;
    private DateTimeOffset _expires;
    private int _wrong;

    /// <summary>Serializes creating the first account, so two right codes at once cannot make two.</summary>
    public SemaphoreSlim CreationGate { get; } = new(1, 1);

    /// <summary>The code now in force (null when none); for tests.</summary>
    internal string? Current
    {
        get
        {
            lock (_gate)
            {
                return _code;
            }
        }
    }

    /// <summary>Makes a new code, prints it to the console and logs that it did (without the code).</summary>
    public void Issue()
    {
        lock (_gate)
        {
            IssueLocked();
        }
    }

    private void IssueLocked()
    {
        _code = RandomNumberGenerator.GetString(Alphabet, Length);
        _expires = time.GetUtcNow() + Lifetime;
        _wrong = 0;
        var shown = _code[..5] + "-" + _code[5..];
        var text = new StringBuilder()
            .AppendLine()
            .AppendLine("==================================================================")
            .AppendLine("  Kode penyiapan admin KIM / KIM admin setup code:  " + shown)
            .AppendLine("  Buka /admin/siapkan dalam 24 jam / open /admin/siapkan within 24 h")
            .AppendLine("==================================================================");
        Console.Out.WriteLine(text.ToString());
        Console.Out.Flush();
        Log.SetupCodePrinted(logger, _expires);
    }

    /// <summary>Checks a typed code (case, spaces and dashes ignored). A wrong one counts toward <see cref="MaxWrong"/>.</summary>
    public SetupCodeCheck Check(string? given)
    {
        var typed = Normalize(given);
        lock (_gate)
        {
            if (_code is null || time.GetUtcNow() >= _expires)
            {
                Log.SetupCodeRenewed(logger, "expired");
                IssueLocked();
                return SetupCodeCheck.Expired;
            }

            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(typed), Encoding.ASCII.GetBytes(_code)))
            {
                return SetupCodeCheck.Ok;
            }

            if (++_wrong < MaxWrong)
            {
                return SetupCodeCheck.Wrong;
            }

            Log.SetupCodeRenewed(logger, "too many wrong tries");
            IssueLocked();
            return SetupCodeCheck.Burned;
        }
    }

    /// <summary>The code was used: it never works again.</summary>
    public void Consume()
    {
        lock (_gate)
        {
            _code = null;
        }
    }

    private static string Normalize(string? code) =>
        string.Concat((code ?? string.Empty).Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant));
}

/// <summary>Outcome of a setup-code check.</summary>
public enum SetupCodeCheck
{
    Ok,
    Wrong,

    /// <summary>Too many wrong tries: a new code was printed.</summary>
    Burned,

    /// <summary>No code in force or it is older than a day: a new code was printed.</summary>
    Expired,
}
