namespace CyberPartnerships.Taxii;

/// <summary>One TAXII collection: what was shared with the partner at one TLP level.</summary>
public sealed record TaxiiCollection(string Id, string Alias, Tlp Tlp)
{
    public string Title => $"Shared with you: TLP:{Tlp.ToLabel()}";

    public string Description =>
        $"The redacted STIX 2.1 objects the partnership shared with you marked TLP:{Tlp.ToLabel()}, in the order they were shared.";
}

/// <summary>
/// The API root's collections: one per TLP level that can be shared (RED never is). A partner sees those its
/// clearance allows; any other is absent from <c>collections</c> and 404 when named, as if it did not exist.
/// </summary>
public static class TaxiiCollections
{
    /// <summary>The write-only collection: what a partner POSTs there is a submission (<see cref="TaxiiInbox"/>).</summary>
    public const string InboxId = "4f3b8c52-1b7e-4c1e-9f0e-0c1a4f5b2d10";

    public const string InboxAlias = "submissions";

    public static bool IsInbox(string id) => string.Equals(id, InboxId, StringComparison.OrdinalIgnoreCase) || id == InboxAlias;

    public static IReadOnlyList<TaxiiCollection> All { get; } =
    [
        new("4f3b8c52-1b7e-4c1e-9f0e-0c1a4f5b2d01", "tlp-clear", Tlp.Clear),
        new("4f3b8c52-1b7e-4c1e-9f0e-0c1a4f5b2d02", "tlp-green", Tlp.Green),
        new("4f3b8c52-1b7e-4c1e-9f0e-0c1a4f5b2d03", "tlp-amber", Tlp.Amber),
        new("4f3b8c52-1b7e-4c1e-9f0e-0c1a4f5b2d04", "tlp-amber-strict", Tlp.AmberStrict),
    ];

    public static TaxiiCollection For(Tlp tlp) =>
        All.FirstOrDefault(c => c.Tlp == tlp) ?? throw new ArgumentOutOfRangeException(nameof(tlp), "TLP:RED is never shared.");

    /// <summary>The collection the partner may read, by id (or alias), or null: unknown and forbidden look the same.</summary>
    public static TaxiiCollection? Visible(string id, Tlp clearance) =>
        All.FirstOrDefault(c => (string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase) || c.Alias == id) && clearance.Allows(c.Tlp));
}
