using System.Net;
using System.Text.RegularExpressions;

namespace CyberPartnerships.Feeds;

public enum FeedHealth
{
    Healthy,
    Unhealthy,
}

/// <summary>
/// A partner's TAXII 2.1 collection the app pulls. Secrets are never stored: <see cref="PasswordRef"/> and
/// <see cref="TokenRef"/> name an app setting dedicated to feed secrets (<c>env:FEEDSECRET_NAME</c>), which in Azure
/// can be a Key Vault reference.
/// The checkpoint (<see cref="Next"/>, <see cref="AddedAfter"/>) advances only after a page is stored.
/// </summary>
public sealed record FeedRegistration
{
    public required string PartnerId { get; init; }

    public required string FeedId { get; init; }

    /// <summary>The TAXII API root, e.g. <c>https://taxii.partner.example/api1/</c>.</summary>
    public required Uri ApiRoot { get; init; }

    public required string CollectionId { get; init; }

    public string? Username { get; init; }

    public string? PasswordRef { get; init; }

    public string? TokenRef { get; init; }

    /// <summary>The TLP of objects that carry no TLP 2.0 marking.</summary>
    public Tlp DefaultTlp { get; init; } = Tlp.Amber;

    public bool Active { get; init; } = true;

    public FeedHealth Health { get; init; } = FeedHealth.Healthy;

    public string? LastError { get; init; }

    public int ConsecutiveFailures { get; init; }

    public DateTimeOffset? LastAttemptAt { get; init; }

    public DateTimeOffset? LastSuccessAt { get; init; }

    /// <summary>The TAXII <c>next</c> token to continue with, when the server pages with it.</summary>
    public string? Next { get; init; }

    /// <summary>The <c>added_after</c> to continue with, when there is no <c>next</c> (full precision, as a string).</summary>
    public string? AddedAfter { get; init; }

    /// <summary>The server's <c>X-TAXII-Date-Added-Last</c> of the last page stored, as it sent it: where a pull picks up
    /// when the server no longer knows the <see cref="Next"/> token.</summary>
    public string? LastDateAdded { get; init; }

    public long ObjectsStored { get; init; }
}

public static partial class FeedValidation
{
    /// <summary>The prefix of the app settings (environment variables) that hold feed secrets, and nothing else.</summary>
    public const string SecretPrefix = "FEEDSECRET_";

    /// <summary>A reference to a secret: <c>env:FEEDSECRET_NAME</c>, an app setting / environment variable set aside for
    /// one feed secret. Any other setting (signing keys, connection strings) may not be named: its value would be sent
    /// to the partner's server.</summary>
    [GeneratedRegex("^env:FEEDSECRET_[A-Za-z0-9_]{1,100}$", RegexOptions.CultureInvariant)]
    public static partial Regex SecretRef();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex FeedId();

    public static IReadOnlyList<string> Validate(FeedRegistration feed, bool allowPrivateAddresses = false)
    {
        var errors = new List<string>();
        if (!FeedId().IsMatch(feed.FeedId))
        {
            errors.Add($"Feed id '{feed.FeedId}' must be lowercase letters, digits or hyphens.");
        }

        errors.AddRange(ApiRootErrors(feed.ApiRoot, allowPrivateAddresses));

        if (string.IsNullOrWhiteSpace(feed.CollectionId) || feed.CollectionId.Contains('/', StringComparison.Ordinal))
        {
            errors.Add("A collection id is required.");
        }

        foreach (var reference in new[] { feed.PasswordRef, feed.TokenRef })
        {
            if (reference is not null && !SecretRef().IsMatch(reference))
            {
                errors.Add($"Secrets are given as references to app settings that hold only that secret, never as values: env:{SecretPrefix}NAME (in Azure the app setting {SecretPrefix}NAME can be a Key Vault reference).");
            }
        }

        if (feed.TokenRef is not null && (feed.Username is not null || feed.PasswordRef is not null))
        {
            errors.Add("Give either --token or --username with --password, not both.");
        }

        if ((feed.Username is null) != (feed.PasswordRef is null))
        {
            errors.Add("--username and --password go together.");
        }

        return errors;
    }

    /// <summary>A partner's API root is https on a public host. Names are checked again at every connection
    /// (<see cref="FeedAddresses"/>); here only what the URL itself says: its scheme and a literal or loopback host.</summary>
    private static IEnumerable<string> ApiRootErrors(Uri apiRoot, bool allowPrivateAddresses)
    {
        if (!apiRoot.IsAbsoluteUri || apiRoot.Scheme is not ("https" or "http") || (apiRoot.Scheme == "http" && !allowPrivateAddresses))
        {
            yield return "The API root must be an absolute https URL (http only with Feeds__AllowPrivateAddresses=true, for local testing).";
            yield break;
        }

        if (!allowPrivateAddresses
            && (apiRoot.IsLoopback || (IPAddress.TryParse(apiRoot.DnsSafeHost, out var address) && !FeedAddresses.IsPublic(address))))
        {
            yield return $"The API root's host {apiRoot.Host} is not a public address.";
        }
    }
}
