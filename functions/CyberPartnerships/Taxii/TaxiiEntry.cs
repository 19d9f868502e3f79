using System.Globalization;
using System.Text;
using Azure.Data.Tables;

namespace CyberPartnerships.Taxii;

/// <summary>
/// One object version shared with one partner in one collection, as the index keeps it. Table <c>TaxiiObjects</c>:
/// <list type="bullet">
/// <item><c>{partnerId}~{alias}</c> / <c>{dateAddedTicks:D19}~{stixId}~{versionTicks:D19}</c>: the object, in the
/// order the listing serves (date added, ties by id);</item>
/// <item><c>{partnerId}~{alias}~id</c> / <c>{stixId}</c>: the row keys of the id's versions;</item>
/// <item><c>{partnerId}~doc</c> / <c>{caseId}~{file}</c>: what of a shared document was indexed.</item>
/// </list>
/// </summary>
public sealed record TaxiiEntry(string RowKey, string StixId, string Type, string Version, long VersionTicks, string SpecVersion, long DateAdded, bool First, bool Last, string Json)
{
    public const string Table = "TaxiiObjects";

    /// <summary>A string property holds 32K UTF-16 characters: longer objects are split over <c>Json0</c>, <c>Json1</c>, ….</summary>
    public const int PartChars = 30_000;

    public const int MaxParts = 30;

    public static string ObjectsPartition(string partnerId, TaxiiCollection collection) => $"{partnerId}~{collection.Alias}";

    public static string IdsPartition(string partnerId, TaxiiCollection collection) => $"{partnerId}~{collection.Alias}~id";

    public static string DocsPartition(string partnerId) => $"{partnerId}~doc";

    public static string Key(long dateAdded, string stixId, long versionTicks) =>
        string.Create(CultureInfo.InvariantCulture, $"{dateAdded:D19}~{stixId}~{versionTicks:D19}");

    /// <summary>The row key that sorts before every row added after <paramref name="ticks"/>.</summary>
    public static string After(long ticks) => string.Create(CultureInfo.InvariantCulture, $"{ticks:D19}~\u007f");

    public static string Before(long ticks) => string.Create(CultureInfo.InvariantCulture, $"{ticks:D19}~");

    public static (long DateAdded, long VersionTicks) ParseKey(string rowKey) => (
        long.Parse(rowKey.AsSpan(0, 19), NumberStyles.None, CultureInfo.InvariantCulture),
        long.Parse(rowKey.AsSpan(rowKey.Length - 19), NumberStyles.None, CultureInfo.InvariantCulture));

    public DateTimeOffset DateAddedAt => new(DateAdded, TimeSpan.Zero);

    /// <summary>This version, added at <paramref name="ticks"/> (its row key follows).</summary>
    public TaxiiEntry AddedAt(long ticks) => this with { DateAdded = ticks, RowKey = Key(ticks, StixId, VersionTicks) };

    public string DateAddedText => FormatTimestamp(DateAdded);

    /// <summary>STIX/TAXII timestamps: UTC, <c>Z</c>, microseconds (the index keeps dates to the microsecond).</summary>
    public static string FormatTimestamp(long ticks) =>
        new DateTime(ticks, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public TableEntity ToEntity(string partition, string document)
    {
        var entity = new TableEntity(partition, RowKey)
        {
            ["StixId"] = StixId,
            ["Type"] = Type,
            ["Version"] = Version,
            ["VersionTicks"] = VersionTicks,
            ["SpecVersion"] = SpecVersion,
            ["DateAdded"] = DateAdded,
            ["First"] = First,
            ["Last"] = Last,
            ["Document"] = document,
        };
        var parts = 0;
        for (var i = 0; i < Json.Length; i += PartChars, parts++)
        {
            entity[$"Json{parts}"] = Json.Substring(i, Math.Min(PartChars, Json.Length - i));
        }

        entity["Parts"] = parts;
        return entity;
    }

    public static TaxiiEntry FromEntity(TableEntity entity)
    {
        var parts = entity.GetInt32("Parts") ?? 0;
        string json;
        if (parts == 1)
        {
            json = entity.GetString("Json0") ?? string.Empty;
        }
        else
        {
            var builder = new StringBuilder();
            for (var i = 0; i < parts; i++)
            {
                builder.Append(entity.GetString($"Json{i}"));
            }

            json = builder.ToString();
        }

        return new TaxiiEntry(
            entity.RowKey,
            entity.GetString("StixId") ?? string.Empty,
            entity.GetString("Type") ?? string.Empty,
            entity.GetString("Version") ?? string.Empty,
            entity.GetInt64("VersionTicks") ?? 0,
            entity.GetString("SpecVersion") ?? "2.1",
            entity.GetInt64("DateAdded") ?? 0,
            entity.GetBoolean("First") ?? true,
            entity.GetBoolean("Last") ?? true,
            json);
    }
}
