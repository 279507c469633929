using Microsoft.AspNetCore.Http.Extensions;

namespace KimHotspot.Central.Features.Shared;

/// <summary>The current page's address with <c>lang</c> set, keeping the other query values.</summary>
public static class LanguageLinks
{
    public static string For(HttpRequest request, string lang)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryBuilder(request.Query.Where(q => q.Key != "lang")) { { "lang", lang } };
        return request.PathBase + request.Path + query.ToQueryString();
    }
}
