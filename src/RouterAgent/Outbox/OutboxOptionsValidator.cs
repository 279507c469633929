using Microsoft.Extensions.Options;

namespace KimHotspot.RouterAgent.Outbox;

/// <summary>
/// Checks section <c>Outbox</c> at start: the data annotations of <see cref="OutboxOptions"/> (and its own rules), in code
/// written at compile time, so the agent also validates when published ahead-of-time (no reflection).
/// </summary>
[OptionsValidator]
public sealed partial class OutboxOptionsValidator : IValidateOptions<OutboxOptions>;
