using KimHotspot.Central.Sites;

namespace KimHotspot.Central.Features.Admin.Sites;

/// <summary>What the shared site fields partial shows: the form, its problems, and whether the id may still change.</summary>
public sealed record SiteFieldsView(SiteForm Form, IReadOnlyDictionary<string, string> Problems, bool IdLocked);
