using Microsoft.AspNetCore.Http.Extensions;

namespace KimHotspot.Portal.Features.Shared;

/// <summary>The current page's address with <c>lang</c> set, so switching language keeps the attempt id.</summary>
public static class LanguageLinks
{
    public static string For(HttpRequest request, string lang)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryBuilder(request.Query.Where(q => q.Key != "lang")) { { "lang", lang } };
        return request.PathBase + request.Path + query.ToQueryString();
    }
}
