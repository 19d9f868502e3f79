using Azure.Data.Tables;

namespace CyberPartnerships.Ingestion;

/// <summary>
/// The inserts of one source's objects, planned as positions: deduplicated (an object version named twice in the
/// source is inserted once, the others are its duplicates), grouped by partition into chunks of at most
/// <see cref="TableBatches.MaxActions"/> and an estimated <see cref="TableBatches.MaxBytes"/>, ordered round robin over
/// the partitions. A chunk's entities are built only when it is about to be sent (<see cref="Build"/>), so no entity
/// of the whole submission is held at once.
/// </summary>
internal sealed class ObjectInserts
{
    private readonly IngestSource _source;
    private readonly IReadOnlyList<IngestObject> _objects;
    private readonly string?[] _rows;

    public ObjectInserts(IngestSource source, IReadOnlyList<IngestObject> objects, ObjectOutcome?[] outcomes)
    {
        _source = source;
        _objects = objects;
        _rows = new string?[objects.Count];
        var first = new Dictionary<string, int>(objects.Count, StringComparer.Ordinal);
        var partitions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < objects.Count; i++)
        {
            var obj = objects[i];
            var row = IngestWriter.ObjectRow(obj, source.PartnerId);
            if (first.TryGetValue(row, out var at))
            {
                outcomes[i] = IngestWriter.Outcome(obj, ObjectStatus.Duplicate, source.SourceId, objects[at].StixId);
                continue;
            }

            first[row] = i;
            _rows[i] = row;
            var partition = IngestWriter.ObjectPartition(obj.StixId);
            if (!partitions.TryGetValue(partition, out var positions))
            {
                partitions[partition] = positions = [];
            }

            positions.Add(i);
        }

        var chunked = partitions.Values.Select(ChunksOf).ToList();
        var total = chunked.Sum(c => c.Count);
        var chunks = new List<int[]>(total);
        for (var round = 0; chunks.Count < total; round++)
        {
            foreach (var partition in chunked)
            {
                if (round < partition.Count)
                {
                    chunks.Add(partition[round]);
                }
            }
        }

        Chunks = chunks;
    }

    /// <summary>Positions in the source's list of each transaction's objects, in the order they are sent.</summary>
    public IReadOnlyList<int[]> Chunks { get; }

    /// <summary>The insert transaction of one chunk: its entities, and the blobs its oversized JSON goes to.</summary>
    public PlannedTransaction Build(int[] chunk)
    {
        var actions = new List<TableTransactionAction>(chunk.Length);
        List<(string Blob, string Content)>? blobs = null;
        foreach (var at in chunk)
        {
            var (entity, blob) = IngestWriter.ObjectEntity(_source, _objects[at], _rows[at]!);
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, entity));
            if (blob is { } b)
            {
                (blobs ??= []).Add(b);
            }
        }

        return new PlannedTransaction(IngestWriter.ObjectsTable, actions) { Positions = chunk, Blobs = blobs ?? [] };
    }

    private List<int[]> ChunksOf(List<int> positions)
    {
        var chunks = new List<int[]>();
        var chunk = new List<int>(TableBatches.MaxActions);
        var bytes = 0;
        foreach (var at in positions)
        {
            var size = Estimate(_objects[at], _rows[at]!);
            if (chunk.Count == TableBatches.MaxActions || (chunk.Count > 0 && bytes + size > TableBatches.MaxBytes))
            {
                chunks.Add([.. chunk]);
                chunk.Clear();
                bytes = 0;
            }

            chunk.Add(at);
            bytes += size;
        }

        if (chunk.Count > 0)
        {
            chunks.Add([.. chunk]);
        }

        return chunks;
    }

    /// <summary>The entity's size as <see cref="TableBatches"/> estimates it (UTF-16 characters, property names included).</summary>
    private int Estimate(IngestObject obj, string row) => 512 + 2 * (row.Length + obj.StixId.Length + obj.Type.Length + obj.Modified.Length
        + _source.SourceId.Length + _source.PartnerId.Length + (obj.Json.Length <= PayloadStore.InlineLimit ? obj.Json.Length : 256));
}
