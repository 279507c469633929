namespace KimHotspot.Central.Localization;

/// <summary>
/// Marker for the shared string table. Keys are the Bahasa Indonesia texts (the default culture);
/// <c>SharedResource.en.resx</c> beside this class holds the English translations.
/// </summary>
public sealed class SharedResource;
