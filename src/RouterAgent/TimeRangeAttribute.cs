using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace KimHotspot.RouterAgent;

/// <summary>
/// A <see cref="TimeSpan"/> option within [<c>minimum</c>, <c>maximum</c>] (constant <c>c</c> format, e.g.
/// <c>"1.00:00:00"</c>). The same check as <c>[Range(typeof(TimeSpan), …)]</c> without its type converter, which
/// trimming and native AOT cannot keep.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class TimeRangeAttribute : ValidationAttribute
{
    public TimeRangeAttribute(string minimum, string maximum)
        : base("The field {0} must be between {1} and {2}.")
    {
        Minimum = TimeSpan.ParseExact(minimum, "c", CultureInfo.InvariantCulture);
        Maximum = TimeSpan.ParseExact(maximum, "c", CultureInfo.InvariantCulture);
    }

    public TimeSpan Minimum { get; }

    public TimeSpan Maximum { get; }

    public override bool IsValid(object? value) => value is not TimeSpan t || (t >= Minimum && t <= Maximum);

    public override string FormatErrorMessage(string name) =>
        string.Format(CultureInfo.InvariantCulture, ErrorMessageString, name, Minimum, Maximum);
}
