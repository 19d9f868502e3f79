using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Partners;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Feeds;

/// <summary>What one feed's pull did.</summary>
public sealed record FeedPullResult(string PartnerId, string FeedId, bool Succeeded, int Pages, int Stored, int Duplicates, int Rejected, string? Error);

/// <summary>
/// Pulls every active feed of an active partner: discovery, then pages of <c>…/collections/{id}/objects/</c>, following <c>next</c> while
/// <c>more</c> is true and otherwise continuing from <c>X-TAXII-Date-Added-Last</c>. Each page is stored before the
/// checkpoint moves past it, so a run that dies mid-page reads that page again next time, and (id, modified)
/// deduplication stores nothing twice.
/// </summary>
public sealed partial class FeedPuller(
    FeedRegistry registry, PartnerRegistry partners, TaxiiClient taxii, IngestWriter writer, TimeProvider time, IOptions<FeedOptions> options, ILogger<FeedPuller> logger)
{
    public async Task<IReadOnlyList<FeedPullResult>> PullAllAsync(CancellationToken cancellationToken = default)
    {
        var feeds = (await registry.ListAsync(cancellationToken).ConfigureAwait(false)).Where(f => f.Active).ToList();
        var status = (await partners.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id, p => p.Status, StringComparer.Ordinal);

        // A suspended partner's feeds wait, untouched (checkpoint, health), until it is resumed.
        foreach (var skipped in feeds.Where(f => status.GetValueOrDefault(f.PartnerId, PartnerStatus.Suspended) != PartnerStatus.Active).GroupBy(f => f.PartnerId))
        {
            LogPartnerNotActive(logger, skipped.Key, status.TryGetValue(skipped.Key, out var s) ? s.ToString().ToLowerInvariant() : "unknown", skipped.Count());
        }

        var results = new List<FeedPullResult>();
        foreach (var feed in feeds.Where(f => status.GetValueOrDefault(f.PartnerId, PartnerStatus.Suspended) == PartnerStatus.Active))
        {
            try
            {
                results.Add(await PullAsync(feed, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (!IsCancellation(ex, cancellationToken))
            {
                // Recording the failure failed too (our storage, or the feed was removed meanwhile): the next feeds
                // may still get through; this one retries next run.
                LogRecordFailed(logger, ex, feed.PartnerId, feed.FeedId);
                results.Add(new(feed.PartnerId, feed.FeedId, false, 0, 0, 0, 0, $"{ex.GetType().Name}: {ex.Message}"));
            }
        }

        return results;
    }

    /// <summary>Pages whose writes overlap: the next page is fetched, read and written while up to two before it are
    /// still being stored (the checkpoint still moves page by page, in order, each once its page is stored).</summary>
    private const int PagesInFlight = 3;

    public async Task<FeedPullResult> PullAsync(FeedRegistration feed, CancellationToken cancellationToken = default)
    {
        var progress = new Progress();
        var pending = new Queue<PendingPage>();
        try
        {
            await taxii.DiscoverAsync(feed, cancellationToken).ConfigureAwait(false);
            var current = feed;
            var cursor = (current.Next, current.AddedAfter, current.LastDateAdded);
            var fellBack = false;
            try
            {
                while (progress.Pages + pending.Count < options.Value.MaxPagesPerRun)
                {
                    TaxiiPage page;
                    try
                    {
                        page = await taxii.GetObjectsAsync(current, cursor.Next, cursor.AddedAfter, options.Value.PageSize, cancellationToken).ConfigureAwait(false);
                    }
                    catch (TaxiiException ex) when (cursor.Next is not null && ex.Status is 400 or 404 or 410 && !fellBack)
                    {
                        // A next token expires (medallion's live 30 s): continue from the dates instead, just before the last
                        // object stored; deduplication drops what is read again.
                        LogTokenRefused(logger, current.PartnerId, current.FeedId, ex.Message);
                        fellBack = true;
                        while (pending.Count > 0)
                        {
                            current = await CompleteAsync(current, pending, progress, cancellationToken).ConfigureAwait(false);
                        }

                        var resume = current.LastDateAdded is { } lastAdded ? JustBefore(lastAdded) : current.AddedAfter;
                        current = await registry.UpdateAsync(current.PartnerId, current.FeedId, f => f with { Next = null, AddedAfter = resume }, cancellationToken).ConfigureAwait(false);
                        cursor = (null, resume, current.LastDateAdded);
                        continue;
                    }

                    StixBundle read;
                    using (page)
                    {
                        read = StixBundleReader.ReadObjects(page.Objects, "/objects", current.DefaultTlp);
                    }

                    var source = new IngestSource(PageSourceId(current, read.Objects), current.PartnerId, SourceKind.Feed, time.GetUtcNow());
                    var (next, addedAfter) = page.More && page.Next is not null
                        ? (page.Next, cursor.AddedAfter)
                        : (null, page.DateAddedLast is { } last ? JustBefore(last) : cursor.AddedAfter);
                    var stuck = next is null && addedAfter == cursor.AddedAfter;
                    cursor = (next, addedAfter, page.DateAddedLast ?? cursor.LastDateAdded);
                    pending.Enqueue(new(writer.WriteAsync(source, read.Objects, [], cancellationToken), read, cursor.Next, cursor.AddedAfter, cursor.LastDateAdded));

                    // Progress is objects, not tokens: a server may keep one next token for a whole listing (medallion does).
                    var done = !page.More || stuck || read.Objects.Count + read.Rejected.Count == 0;
                    while (pending.Count >= PagesInFlight || (done && pending.Count > 0))
                    {
                        current = await CompleteAsync(current, pending, progress, cancellationToken).ConfigureAwait(false);
                    }

                    if (done)
                    {
                        break;
                    }
                }

                while (pending.Count > 0)
                {
                    current = await CompleteAsync(current, pending, progress, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception) when (pending.Count > 0)
            {
                // The pages already being written are finished and checkpointed in order, as far as they get.
                await DrainAsync(current, pending, progress, cancellationToken).ConfigureAwait(false);
                throw;
            }

            await RecordAsync(feed, error: null, cancellationToken).ConfigureAwait(false);
            return new(feed.PartnerId, feed.FeedId, true, progress.Pages, progress.Stored, progress.Duplicates, progress.Rejected, null);
        }
        catch (Exception ex) when (!IsCancellation(ex, cancellationToken))
        {
            // Whatever one partner's server answers is that feed's failure only: it is recorded (and may make the
            // feed unhealthy), and the run goes on with the other feeds.
            var error = $"{ex.GetType().Name}: {ex.Message}";
            await RecordAsync(feed, error, cancellationToken).ConfigureAwait(false);
            return new(feed.PartnerId, feed.FeedId, false, progress.Pages, progress.Stored, progress.Duplicates, progress.Rejected, error);
        }
    }

    /// <summary>Waits for the first pending page's write, moves the checkpoint past it, counts it and takes it off the
    /// queue. A page that failed stays first: the checkpoint never moves past it, so nothing after it is skipped.</summary>
    private async Task<FeedRegistration> CompleteAsync(FeedRegistration current, Queue<PendingPage> pending, Progress progress, CancellationToken cancellationToken)
    {
        var page = pending.Peek();
        var outcomes = await page.Write.ConfigureAwait(false);
        var newlyStored = outcomes.Count(o => o.Status == ObjectStatus.Stored && !o.AlreadyStored);
        var updated = await registry.UpdateAsync(current.PartnerId, current.FeedId, f => f with { Next = page.Next, AddedAfter = page.AddedAfter, LastDateAdded = page.LastDateAdded, ObjectsStored = f.ObjectsStored + newlyStored }, cancellationToken).ConfigureAwait(false);
        pending.Dequeue();
        progress.Pages++;
        progress.Stored += newlyStored;
        progress.Duplicates += outcomes.Count - newlyStored;
        progress.Rejected += page.Read.Rejected.Count;
        foreach (var r in page.Read.Rejected)
        {
            LogObjectRejected(logger, current.PartnerId, current.FeedId, r.Id ?? "-", r.Pointer ?? "-", r.Reason ?? "-");
        }

        return updated;
    }

    /// <summary>After a failure: the pages still in flight are checkpointed in order until one of them fails (the
    /// first, when its write is what failed); the writes after it are awaited, and a later run reads those pages again.</summary>
    private async Task DrainAsync(FeedRegistration current, Queue<PendingPage> pending, Progress progress, CancellationToken cancellationToken)
    {
        try
        {
            while (pending.Count > 0)
            {
                current = await CompleteAsync(current, pending, progress, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception) when (pending.Count > 0)
        {
            foreach (var page in pending)
            {
                await page.Write.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            }
        }
    }

    private sealed record PendingPage(Task<IReadOnlyList<ObjectOutcome>> Write, StixBundle Read, string? Next, string? AddedAfter, string? LastDateAdded);

    private sealed class Progress
    {
        public int Pages { get; set; }

        public int Stored { get; set; }

        public int Duplicates { get; set; }

        public int Rejected { get; set; }
    }

    /// <summary>The run itself was cancelled (host shutdown): not a failure of the feed, and nothing to record.</summary>
    private static bool IsCancellation(Exception ex, CancellationToken cancellationToken) =>
        ex is OperationCanceledException && cancellationToken.IsCancellationRequested;

    /// <summary><c>added_after</c> is exclusive: continuing from exactly the last date would skip an object added at the
    /// same instant on the next page. One unit of the server's own precision earlier reads the boundary again
    /// (deduplication drops the repeat), written with no more fractional digits than the server gave (at most 7):
    /// medallion, which keeps microseconds, answers 500 to a seventh digit.</summary>
    public static string JustBefore(string dateAdded)
    {
        if (!StixPatterns.TryParseTimestamp(dateAdded, out var t))
        {
            return dateAdded;
        }

        var dot = dateAdded.IndexOf('.', StringComparison.Ordinal);
        var digits = dot < 0 ? 0 : Math.Min(7, dateAdded.Length - dot - 2);
        var unit = (long)Math.Pow(10, 7 - digits);
        if (t.UtcTicks < unit)
        {
            // Nothing is before the first instant (0001-01-01T00:00:00Z, which a server may send): resume from it.
            return dateAdded;
        }
        var format = digits == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : $"yyyy-MM-dd'T'HH:mm:ss.{new string('f', digits)}'Z'";
        return t.AddTicks(-unit).UtcDateTime.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>The same page content gives the same source id, so reading a page twice writes the same rows.</summary>
    private static string PageSourceId(FeedRegistration feed, IEnumerable<IngestObject> objects)
    {
        var keys = string.Join('\n', objects.Select(IngestWriter.ObjectKey).Order(StringComparer.Ordinal));
        return $"feed-{feed.PartnerId}-{feed.FeedId}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(keys)))[..16]}";
    }

    private async Task RecordAsync(FeedRegistration feed, string? error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var before = FeedHealth.Healthy;
        var after = await registry.UpdateAsync(feed.PartnerId, feed.FeedId, f =>
        {
            before = f.Health;
            if (error is null)
            {
                return f with { Health = FeedHealth.Healthy, ConsecutiveFailures = 0, LastAttemptAt = now, LastSuccessAt = now };
            }

            var failures = f.ConsecutiveFailures + 1;
            return f with
            {
                ConsecutiveFailures = failures,
                LastError = error,
                LastAttemptAt = now,
                Health = failures >= options.Value.UnhealthyAfter ? FeedHealth.Unhealthy : f.Health,
            };
        }, cancellationToken).ConfigureAwait(false);

        if (before != after.Health && after.Health == FeedHealth.Unhealthy)
        {
            LogUnhealthy(logger, feed.PartnerId, feed.FeedId, after.ConsecutiveFailures, error!);
        }
        else if (before != after.Health)
        {
            LogRecovered(logger, feed.PartnerId, feed.FeedId);
        }
        else if (error is not null)
        {
            LogPullFailed(logger, feed.PartnerId, feed.FeedId, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {PartnerId}/{FeedId}: the server refused the next token; continuing from the last date added instead: {Error}")]
    private static partial void LogTokenRefused(ILogger logger, string partnerId, string feedId, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feeds of partner {PartnerId} not pulled this run: the partner is {Status} ({Feeds} feeds, their state kept)")]
    private static partial void LogPartnerNotActive(ILogger logger, string partnerId, string status, int feeds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Feed {PartnerId}/{FeedId} is unhealthy after {Failures} failed runs: {LastError}")]
    private static partial void LogUnhealthy(ILogger logger, string partnerId, string feedId, int failures, string lastError);

    [LoggerMessage(Level = LogLevel.Error, Message = "Pulling feed {PartnerId}/{FeedId} failed and the failure could not be recorded; the next run continues from its checkpoint")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, string partnerId, string feedId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {PartnerId}/{FeedId} is healthy again")]
    private static partial void LogRecovered(ILogger logger, string partnerId, string feedId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {PartnerId}/{FeedId} pull failed: {Error}")]
    private static partial void LogPullFailed(ILogger logger, string partnerId, string feedId, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {PartnerId}/{FeedId} served an invalid object {StixId} ({Pointer}: {Reason}); it was not stored")]
    private static partial void LogObjectRejected(ILogger logger, string partnerId, string feedId, string stixId, string pointer, string reason);
}
