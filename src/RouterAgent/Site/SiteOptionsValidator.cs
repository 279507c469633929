using Microsoft.Extensions.Options;

namespace KimHotspot.RouterAgent.Site;

/// <summary>
/// Checks section <c>Site</c> at start: the data annotations of <see cref="SiteOptions"/> (and its own rules), in code
/// written at compile time, so the agent also validates when published ahead-of-time (no reflection).
/// </summary>
[OptionsValidator]
public sealed partial class SiteOptionsValidator : IValidateOptions<SiteOptions>;
