using System.Net;
using System.Text.RegularExpressions;

namespace KimHotspot.Central.Benchmarks;

/// <summary>Signs in through <c>/masuk</c> as a browser does: GET the form (antiforgery cookie + token), POST it back.</summary>
internal static partial class ViewerLogin
{
    public static async Task SignInAsync(HttpClient http, string user, string password, CancellationToken cancellationToken)
    {
        var form = await http.GetStringAsync(new Uri("/masuk", UriKind.Relative), cancellationToken);
        var token = TokenField().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("no antiforgery token on /masuk");
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = user,
            ["password"] = password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        });
        using var response = await http.PostAsync(new Uri("/masuk", UriKind.Relative), content, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in answered {(int)response.StatusCode}, not a redirect");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
