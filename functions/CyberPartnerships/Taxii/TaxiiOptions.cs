using CyberPartnerships.Configuration;

namespace CyberPartnerships.Taxii;

/// <summary>The TAXII 2.1 server (section <c>Taxii</c>, e.g. <c>Taxii__CursorKey</c>).</summary>
public sealed class TaxiiOptions
{
    public const string Section = "Taxii";

    /// <summary>Signs the <c>next</c> tokens (base64 of at least 32 random bytes; a Key Vault reference in Azure). When it
    /// is not set, each process makes up its own key: tokens then hold only on the instance that issued them (a client
    /// that gets 400 for one continues with <c>added_after</c>, as TAXII clients do).</summary>
    [OptionalSetting]
    public string? CursorKey { get; set; }

    /// <summary>Objects per page when the client gives no <c>limit</c>.</summary>
    [OptionalSetting]
    public int DefaultPageSize { get; set; } = 100;

    /// <summary>The largest page served, whatever <c>limit</c> asks for (a Table Storage page holds 1,000 rows).</summary>
    [OptionalSetting]
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>Objects are listed only once they are this old: an index write that picked its date added just before
    /// a listing started, but committed after it read past that date, is then not skipped.</summary>
    [OptionalSetting]
    public TimeSpan CommitLag { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The public base URL the discovery resource names the API root under (e.g.
    /// <c>https://cyberpartnerships.example</c>); unset, the request's own scheme and host.</summary>
    [OptionalSetting]
    public Uri? PublicBaseUrl { get; set; }

    [OptionalSetting]
    public string Title { get; set; } = "CyberPartnerships TAXII 2.1";

    [OptionalSetting]
    public string? Contact { get; set; }

    public bool IsValid(out string error)
    {
        error = string.Empty;
        if (MaxPageSize is < 1 or > 1000 || DefaultPageSize < 1 || DefaultPageSize > MaxPageSize)
        {
            error = "Taxii:MaxPageSize must be 1 to 1000 and Taxii:DefaultPageSize 1 to Taxii:MaxPageSize.";
        }
        else if (PublicBaseUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("https" or "http")))
        {
            error = "Taxii:PublicBaseUrl must be an absolute http(s) URL.";
        }
        else if (CommitLag < TimeSpan.Zero)
        {
            error = "Taxii:CommitLag must not be negative.";
        }
        else if (!string.IsNullOrWhiteSpace(CursorKey) && KeyMaterial.TryDecode(CursorKey, 32, out _) != KeyProblem.None)
        {
            error = "Taxii:CursorKey must be base64 of at least 32 bytes.";
        }

        return error.Length == 0;
    }
}
