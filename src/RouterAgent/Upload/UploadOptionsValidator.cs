using Microsoft.Extensions.Options;

namespace KimHotspot.RouterAgent.Upload;

/// <summary>
/// Checks section <c>Central</c> at start: the data annotations of <see cref="UploadOptions"/> (and its own rules), in code
/// written at compile time, so the agent also validates when published ahead-of-time (no reflection).
/// </summary>
[OptionsValidator]
public sealed partial class UploadOptionsValidator : IValidateOptions<UploadOptions>;
