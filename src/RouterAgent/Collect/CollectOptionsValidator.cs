using Microsoft.Extensions.Options;

namespace KimHotspot.RouterAgent.Collect;

/// <summary>
/// Checks section <c>Collect</c> at start: the data annotations of <see cref="CollectOptions"/> (and its own rules), in code
/// written at compile time, so the agent also validates when published ahead-of-time (no reflection).
/// </summary>
[OptionsValidator]
public sealed partial class CollectOptionsValidator : IValidateOptions<CollectOptions>;
