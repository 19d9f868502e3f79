using System.Text.Json;
using Azure.Data.Tables;
using CyberPartnerships.Ingestion;
using Microsoft.Extensions.DependencyInjection;
namespace CyberPartnerships.Bench;
/// <summary><c>ingest --only stages</c>: where the bytes of the memory line are allocated, per object of the 8 MiB
/// bundle: parsing, reading, planning the transactions, submitting the object inserts and the other rows; and one
/// transaction of 100 small rows, one of 100 object rows and a single upsert, each alone.</summary>
internal static class IngestAllocationStages
{
    public static async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var (utf8, n) = IngestBundles.RealWorld(8 * 1024 * 1024);
        long Mark() => GC.GetTotalAllocatedBytes(true);
        for (var round = 0; round < 2; round++)
        {
            var a = Mark();
            using var doc = JsonDocument.Parse(utf8);
            var b = Mark();
            var bundle = StixBundleReader.ReadBundle(doc.RootElement);
            var c = Mark();
            var source = new IngestSource($"sub-{Guid.NewGuid():N}", "bench-partner", SourceKind.Submission, DateTimeOffset.UtcNow);
            var plan = services.GetRequiredService<IngestWriter>().Plan(source, bundle.Objects, []);
            var d = Mark();
            var objectsOnly = plan.Where(t => t.Table == IngestWriter.ObjectsTable).ToList();
            var tables = services.GetRequiredService<TableServiceClient>();
            var t1 = tables.GetTableClient("Probe" + Guid.NewGuid().ToString("N")[..8]);
            await t1.CreateIfNotExistsAsync(ct);
            var small = plan.First(t => t.Table == IngestWriter.IndicatorsTable);
            var big = objectsOnly[0];
            for (var k = 0; k < 3; k++)
            {
                var m0 = Mark();
                await t1.SubmitTransactionAsync(small.Actions.Select(x => new TableTransactionAction(TableTransactionActionType.UpsertReplace, x.Entity)), ct);
                var m1 = Mark();
                await t1.SubmitTransactionAsync(big.Actions.Select(x => new TableTransactionAction(TableTransactionActionType.UpsertReplace, x.Entity)), ct);
                var m2 = Mark();
                await t1.UpsertEntityAsync(big.Actions[0].Entity, TableUpdateMode.Replace, ct);
                var m3 = Mark();
                Console.WriteLine($"alloc_bytes small_transaction_of_{small.Actions.Count}={m1 - m0} object_transaction_of_{big.Actions.Count}={m2 - m1} single_upsert={m3 - m2}");
            }
            await RawCeiling.RunAsync(services.GetRequiredService<TableServiceClient>(), objectsOnly, 8, ct);
            var e = Mark();
            await RawCeiling.RunAsync(services.GetRequiredService<TableServiceClient>(), plan.Where(t => t.Table != IngestWriter.ObjectsTable).ToList(), 8, ct);
            var f = Mark();
            Console.WriteLine($"alloc_bytes_per_object objects={n} json={utf8.Length / n} parse={(b - a) / n} read={(c - b) / n} plan={(d - c) / n} submit_objects={(e - d) / n} submit_rest={(f - e) / n} transactions={plan.Count} object_transactions={objectsOnly.Count}");
        }
    }
}
