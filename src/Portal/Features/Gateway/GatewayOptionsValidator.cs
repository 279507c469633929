using Microsoft.Extensions.Options;

namespace KimHotspot.Portal.Features.Gateway;

/// <summary>Checks section <c>Gateway</c> at start (code written at compile time, no reflection).</summary>
[OptionsValidator]
public sealed partial class GatewayOptionsValidator : IValidateOptions<GatewayOptions>;
