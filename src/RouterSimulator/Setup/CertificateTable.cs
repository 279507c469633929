using System.Security.Cryptography;
using System.Text;
using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Setup;

/// <summary>
/// /certificate: <c>add</c> makes a template; <c>sign</c> (<c>=.id=</c> or <c>=numbers=</c>) makes it a
/// self-signed certificate with a private key: <c>private-key</c> and <c>trusted</c> become true and a
/// <c>fingerprint</c> (SHA-256 hex) appears. [UNSURE] A real router signs in the background and reports
/// progress; here it is immediate.
/// </summary>
internal sealed class CertificateTable(RouterModel model) : Table("/certificate", SetupSchemas.Certificate, model)
{
    private readonly HashSet<string> _signed = new(StringComparer.Ordinal);

    public override bool Supports(string verb) => verb == "sign" || base.Supports(verb);

    public override void Run(string verb, ApiRequest request)
    {
        if (verb != "sign")
        {
            base.Run(verb, request);
            return;
        }

        foreach (var row in Resolve(request))
        {
            if (!_signed.Add(row.Id))
            {
                throw new ApiTrap("failure: certificate is already signed");
            }

            row.Fields["trusted"] = "true";
            Touch(row);
        }
    }

    protected override void RenderExtra(Row row, RowView view)
    {
        bool signed = _signed.Contains(row.Id);
        view.Add("private-key", Model.Format.Bool(signed));
        if (signed)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(row.Id + "/" + row["name"] + "/" + row["common-name"]));
            view.Add("fingerprint", Convert.ToHexStringLower(hash));
            view.Add("issuer", "CN=" + row["common-name"]);
        }
    }

    protected override void OnRemoved(Row row) => _signed.Remove(row.Id);
}
