using System.Text.Json;

namespace CyberPartnerships.Ingestion;

/// <summary>A problem with the request as a whole, pointing at the offending property (JSON pointer).</summary>
public sealed record InputError(string Pointer, string Detail);

/// <summary>A checked bundle: the objects to store, the rejected ones with their reasons, and the bundle's TLP.</summary>
public sealed record StixBundle(
    string? BundleId,
    IReadOnlyList<IngestObject> Objects,
    IReadOnlyList<ObjectOutcome> Rejected,
    Tlp? Tlp,
    IReadOnlyList<InputError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Reads a STIX 2.1 bundle (or a TAXII envelope's <c>objects</c>): every object is checked on its own, so one bad
/// object is rejected by name without losing the rest. The bundle's TLP is the most restrictive TLP 2.0 marking its
/// objects reference; an object without a TLP marking takes the bundle's.
/// </summary>
public static class StixBundleReader
{
    /// <param name="unmarkedTlp">The submitting partner's TLP for a bundle that references no TLP marking at all
    /// (<see cref="Partners.Partner.UnmarkedTlp"/>); null refuses such a bundle.</param>
    public static StixBundle ReadBundle(JsonElement root, Tlp? defaultTlp = null, Tlp? unmarkedTlp = null)
    {
        var errors = new List<InputError>();
        if (root.ValueKind != JsonValueKind.Object || Str(root, "type") != "bundle")
        {
            errors.Add(new("/type", "A STIX bundle has \"type\": \"bundle\"."));
            return new(null, [], [], null, errors);
        }

        var bundleId = Str(root, "id");
        if (bundleId is null || !StixPatterns.Id().IsMatch(bundleId) || !bundleId.StartsWith("bundle--", StringComparison.Ordinal))
        {
            errors.Add(new("/id", "A bundle needs an id of the form bundle--<uuid>."));
        }

        if (!root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new("/objects", "A bundle needs an array of objects."));
            return new(bundleId, [], [], null, errors);
        }

        var read = ReadObjects(objects, "/objects", defaultTlp);
        if (read.Tlp is null && read.Objects.Count > 0)
        {
            if (unmarkedTlp is { } partnerTlp)
            {
                read = read with { Tlp = partnerTlp, Objects = [.. read.Objects.Select(o => o with { Tlp = partnerTlp, TlpFrom = TlpSources.PartnerDefault })] };
            }
            else
            {
                errors.Add(new("/objects", "No TLP marking: reference a TLP 2.0 marking-definition id (or a STIX 2.1 TLP 1.0 one) in object_marking_refs."));
            }
        }

        return read with { BundleId = bundleId, Errors = [.. errors, .. read.Errors] };
    }

    /// <summary>Objects from this many on are checked on all cores, in ranges of <see cref="ParallelRange"/>.</summary>
    private const int ParallelFrom = 512;

    private const int ParallelRange = 256;

    /// <summary>Checks an array of objects (a bundle's or a TAXII envelope's). Each object is checked on its own (a large
    /// array on all cores; the result is in the array's order whatever the order of the work).</summary>
    public static StixBundle ReadObjects(JsonElement objects, string pointer, Tlp? defaultTlp)
    {
        var elements = new JsonElement[objects.GetArrayLength()];
        var n = 0;
        foreach (var obj in objects.EnumerateArray())
        {
            elements[n++] = obj;
        }

        var checkedObjects = new (IngestObject? Object, Tlp? Tlp, ObjectOutcome? Rejected)[elements.Length];
        void CheckRange(int from, int to)
        {
            for (var index = from; index < to; index++)
            {
                var obj = elements[index];
                var problem = StixObjectRules.Check(obj, $"{pointer}/{index}");
                if (problem is not null)
                {
                    checkedObjects[index] = (null, null, ObjectOutcome.Rejected(index, SafeStr(obj, "id"), SafeStr(obj, "type"), problem.Detail, problem.Pointer));
                    continue;
                }

                var (tlp, markingFrom) = MarkingOf(obj);
                checkedObjects[index] = (StixObjectRules.ToIngestObject(obj, index) with { TlpFrom = markingFrom }, tlp, null);
            }
        }

        if (elements.Length >= ParallelFrom)
        {
            try
            {
                Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, elements.Length, ParallelRange), range => CheckRange(range.Item1, range.Item2));
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
            {
                // What the same check would throw on one thread.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
            }
        }
        else
        {
            CheckRange(0, elements.Length);
        }

        var valid = new List<(IngestObject Object, Tlp? Tlp)>(elements.Length);
        var rejected = new List<ObjectOutcome>();
        Tlp? bundleTlp = null;
        foreach (var (obj, tlp, rejection) in checkedObjects)
        {
            if (rejection is not null)
            {
                rejected.Add(rejection);
                continue;
            }

            if (tlp is { } t && (bundleTlp is null || t > bundleTlp))
            {
                bundleTlp = t;
            }

            valid.Add((obj!, tlp));
        }

        // A bundle's unmarked objects take the bundle's TLP; a feed's take the feed's default (a page is no unit of meaning).
        var fallback = defaultTlp ?? bundleTlp;
        var fallbackFrom = defaultTlp is null ? TlpSources.Bundle : TlpSources.FeedDefault;
        var stored = valid.ConvertAll(v => v.Tlp is { } own ? v.Object with { Tlp = own } : v.Object with { Tlp = fallback ?? Tlp.Red, TlpFrom = fallbackFrom });
        return new(null, stored, rejected, bundleTlp ?? defaultTlp, []);
    }

    /// <summary>The most restrictive TLP the object's markings reference, and whether it came from a TLP 1.0 id.</summary>
    private static (Tlp? Tlp, string From) MarkingOf(JsonElement obj)
    {
        Tlp? found = null;
        var from = TlpSources.Marking;
        if (obj.TryGetProperty("object_marking_refs", out var refs) && refs.ValueKind == JsonValueKind.Array)
        {
            foreach (var r in refs.EnumerateArray())
            {
                var id = r.ValueKind == JsonValueKind.String ? r.GetString() : null;
                if (StixMarkings.TryGetTlp(id, out var tlp) && (found is null || tlp > found))
                {
                    found = tlp;
                    from = StixMarkings.IsTlp1(id) ? TlpSources.Tlp1Marking : TlpSources.Marking;
                }
            }
        }

        return (found, from);
    }

    internal static string? Str(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static string? SafeStr(JsonElement obj, string name) => obj.ValueKind == JsonValueKind.Object ? Str(obj, name) : null;
}
