using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CyberPartnerships.Ingestion;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Feeds;

/// <summary>One page of a TAXII 2.1 envelope, with the <c>X-TAXII-Date-Added-Last</c> header as sent (full precision).</summary>
public sealed record TaxiiPage(JsonDocument Envelope, bool More, string? Next, string? DateAddedLast) : IDisposable
{
    private static readonly JsonElement NoObjects = JsonDocument.Parse("[]").RootElement.Clone();

    /// <summary>The envelope's objects; none when the collection has nothing (more) to give.</summary>
    public JsonElement Objects => Envelope.RootElement.ValueKind == JsonValueKind.Object && Envelope.RootElement.TryGetProperty("objects", out var o) && o.ValueKind == JsonValueKind.Array
        ? o
        : NoObjects;

    public void Dispose() => Envelope.Dispose();
}

public sealed class TaxiiException(string message, int? status = null) : Exception(message)
{
    /// <summary>The HTTP status the server answered, when it answered with an error.</summary>
    public int? Status { get; } = status;
}

/// <summary>
/// A TAXII 2.1 client over an <see cref="HttpClient"/> whose handler chain carries the standard resilience pipeline
/// (retries with backoff on 429/5xx honouring Retry-After, attempt and total timeouts), reaches public addresses only,
/// follows no redirects and reads no answer larger than <see cref="FeedOptions.MaxPageBytes"/>.
/// </summary>
public sealed class TaxiiClient(HttpClient http, IOptions<FeedOptions> options)
{
    public const string MediaType = "application/taxii+json;version=2.1";

    /// <summary>Discovery of the API root and the collection: it must exist and be readable. A body of the wrong
    /// shape (not an object, <c>versions</c> not an array of strings) is a <see cref="TaxiiException"/> like any other
    /// answer that is not TAXII 2.1.</summary>
    public async Task DiscoverAsync(FeedRegistration feed, CancellationToken cancellationToken = default)
    {
        using (var root = await GetJsonAsync(feed, Root(feed), cancellationToken).ConfigureAwait(false))
        {
            if (!IsTaxii21ApiRoot(root.RootElement))
            {
                throw new TaxiiException($"{Root(feed)} is not a TAXII 2.1 API root.");
            }
        }

        var collectionUri = new Uri(Root(feed), $"collections/{Uri.EscapeDataString(feed.CollectionId)}/");
        using var collection = await GetJsonAsync(feed, collectionUri, cancellationToken).ConfigureAwait(false);
        if (collection.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new TaxiiException($"{collectionUri} is not a TAXII 2.1 collection.");
        }

        if (!collection.RootElement.TryGetProperty("can_read", out var canRead) || canRead.ValueKind != JsonValueKind.True)
        {
            throw new TaxiiException($"Collection {feed.CollectionId} is not readable with these credentials.");
        }
    }

    private static bool IsTaxii21ApiRoot(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("versions", out var versions)
        && versions.ValueKind == JsonValueKind.Array
        && versions.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.String
            && v.GetString()!.StartsWith("application/taxii+json;version=2.1", StringComparison.Ordinal));

    /// <summary><c>GET …/collections/{id}/objects/</c> with <c>next</c> or <c>added_after</c>.</summary>
    public async Task<TaxiiPage> GetObjectsAsync(FeedRegistration feed, string? next, string? addedAfter, int limit, CancellationToken cancellationToken = default)
    {
        // A next token continues the listing it came from, so the filter it was made with is sent again with it.
        var query = new StringBuilder($"?limit={limit}");
        if (addedAfter is not null)
        {
            query.Append("&added_after=").Append(Uri.EscapeDataString(addedAfter));
        }

        if (next is not null)
        {
            query.Append("&next=").Append(Uri.EscapeDataString(next));
        }

        var uri = new Uri(Root(feed), $"collections/{Uri.EscapeDataString(feed.CollectionId)}/objects/{query}");
        using var response = await SendAsync(feed, uri, cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var last = response.Headers.TryGetValues("X-TAXII-Date-Added-Last", out var values) ? values.FirstOrDefault() : null;
        return ParsePage(bytes, uri.AbsolutePath, last);
    }

    /// <summary>Reads a TAXII 2.1 envelope (an empty body is an empty page). Anything that is not one, not JSON or
    /// holding a string that is not text, throws <see cref="TaxiiException"/> naming <paramref name="path"/>: the feed
    /// records the error and nothing of the page is stored.</summary>
    public static TaxiiPage ParsePage(byte[] bytes, string path, string? dateAddedLast)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        JsonDocument envelope;
        try
        {
            envelope = JsonDocument.Parse(bytes.Length == 0 ? "{}"u8.ToArray() : bytes);
        }
        catch (JsonException ex)
        {
            throw new TaxiiException($"The page from {path} is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}): nothing of the page was stored.");
        }

        if (JsonText.FindUndecodable(bytes, envelope.RootElement) is { } pointer)
        {
            envelope.Dispose();
            throw new TaxiiException($"The page from {path} has a string at {pointer} that escapes a lone UTF-16 surrogate or holds bytes that are not UTF-8: it is not text, and nothing of the page was stored.");
        }

        var root = envelope.RootElement;
        var more = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("more", out var m) && m.ValueKind == JsonValueKind.True;
        var nextToken = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("next", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        return new TaxiiPage(envelope, more, nextToken, dateAddedLast);
    }

    private static Uri Root(FeedRegistration feed) =>
        feed.ApiRoot.AbsoluteUri.EndsWith('/') ? feed.ApiRoot : new Uri(feed.ApiRoot.AbsoluteUri + "/");

    private async Task<JsonDocument> GetJsonAsync(FeedRegistration feed, Uri uri, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(feed, uri, cancellationToken).ConfigureAwait(false);
        return JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
    }

    private async Task<HttpResponseMessage> SendAsync(FeedRegistration feed, Uri uri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("Accept", MediaType);
        request.Headers.Authorization = Authorization(feed, uri);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex) when (IsRefusedAddress(ex))
        {
            throw new TaxiiException($"GET {uri.AbsolutePath} was not sent: {RefusedAddress(ex)!.Message}");
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError == HttpRequestError.ConfigurationLimitExceeded)
        {
            throw new TaxiiException($"GET {uri.AbsolutePath} answered more than Feeds:MaxPageBytes ({http.MaxResponseContentBufferSize} bytes) or headers too long to read; nothing of it was stored.");
        }

        if ((int)response.StatusCode is >= 300 and < 400)
        {
            // Redirects are not followed (they could point anywhere, and would take the credentials along).
            var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.GetLeftPart(UriPartial.Path) : l.OriginalString) : "nowhere";
            response.Dispose();
            throw new TaxiiException($"GET {uri.AbsolutePath} answered {(int)response.StatusCode} {response.ReasonPhrase}, a redirect to {location}; redirects are not followed: register the feed with the API root the partner serves directly.");
        }

        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                var said = await ErrorTextAsync(response, cancellationToken).ConfigureAwait(false);
                throw new TaxiiException($"GET {uri.AbsolutePath} answered {(int)response.StatusCode} {response.ReasonPhrase}{said}.", (int)response.StatusCode);
            }
        }

        return response;
    }

    /// <summary>What the server said in a TAXII error message (<c>title</c>, <c>description</c>), for the log and the
    /// feed's last error: at most 300 characters, control characters dropped; nothing when the body is not one.</summary>
    private static async Task<string> ErrorTextAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            using var error = JsonDocument.Parse(bytes);
            if (error.RootElement.ValueKind != JsonValueKind.Object)
            {
                return string.Empty;
            }

            var parts = new[] { "title", "description" }
                .Select(name => error.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
                .OfType<string>()
                .Select(text => new string(text.Where(c => !char.IsControl(c)).ToArray()).Trim())
                .Where(text => text.Length > 0);
            var said = string.Join(": ", parts);
            return said.Length == 0 ? string.Empty : $" ({(said.Length <= 300 ? said : said[..300])})";
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or HttpRequestException)
        {
            return string.Empty;
        }
    }

    /// <summary>The connection was refused by <see cref="FeedAddresses"/> (not worth retrying).</summary>
    internal static bool IsRefusedAddress(Exception? exception) => RefusedAddress(exception) is not null;

    private static FeedAddressException? RefusedAddress(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is FeedAddressException refused)
            {
                return refused;
            }
        }

        return null;
    }

    private AuthenticationHeaderValue? Authorization(FeedRegistration feed, Uri uri)
    {
        if ((feed.TokenRef ?? feed.PasswordRef) is not null && uri.Scheme != Uri.UriSchemeHttps && !options.Value.AllowPrivateAddresses)
        {
            throw new TaxiiException($"GET {uri.AbsolutePath} was not sent: the feed's credentials go only over https.");
        }

        if (feed.TokenRef is not null)
        {
            return new AuthenticationHeaderValue("Bearer", Resolve(feed.TokenRef));
        }

        if (feed.Username is not null && feed.PasswordRef is not null)
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{feed.Username}:{Resolve(feed.PasswordRef)}"));
            return new AuthenticationHeaderValue("Basic", basic);
        }

        return null;
    }

    /// <summary>Reads the secret an <c>env:FEEDSECRET_NAME</c> reference names, at the moment it is needed; it is never
    /// stored or logged. A reference to any other setting (a feed registered before they were restricted) is refused:
    /// that setting's value is not the partner's to receive.</summary>
    private static string Resolve(string reference)
    {
        if (!FeedValidation.SecretRef().IsMatch(reference))
        {
            throw new TaxiiException($"The feed's secret reference does not name an app setting dedicated to feed secrets (env:{FeedValidation.SecretPrefix}NAME); nothing was sent. Register the feed again with such a reference.");
        }

        var name = reference["env:".Length..];
        return Environment.GetEnvironmentVariable(name) is { Length: > 0 } secret
            ? secret
            : throw new TaxiiException($"The app setting {name} that holds the feed's secret is not set.");
    }
}
