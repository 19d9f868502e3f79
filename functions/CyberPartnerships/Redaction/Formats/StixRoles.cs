using System.Text.Json.Nodes;

namespace CyberPartnerships.Redaction;

/// <summary>
/// The roles a bundle's own relationships give its objects, read before anything is redacted:
/// <list type="bullet">
/// <item>victims: what a <c>targets</c> relationship points at, and what a sighting names in
/// <c>where_sighted_refs</c>;</item>
/// <item>actors: an identity that a <c>threat-actor</c>, <c>intrusion-set</c> or <c>campaign</c> is <c>attributed-to</c>
/// (STIX 2.1 section 4.17: the identity behind the actor). An object that is also a victim is a victim only: the
/// evidence for a criminal's role has to be bound to the object, and nothing may turn a victim into one.</item>
/// </list>
/// </summary>
internal sealed class StixRoles
{
    private readonly HashSet<string> _victims = new(StringComparer.Ordinal);
    private readonly HashSet<string> _actors = new(StringComparer.Ordinal);

    public static StixRoles Of(List<(JsonObject Object, string Type)> objects)
    {
        var roles = new StixRoles();
        foreach (var (o, type) in objects)
        {
            if (type == "relationship" && StixRedactor.TryString(o["relationship_type"], out var rel)
                && StixRedactor.TryString(o["source_ref"], out var source) && StixRedactor.TryString(o["target_ref"], out var target))
            {
                if (rel == "targets")
                {
                    roles._victims.Add(target);
                }
                else if (rel == "attributed-to" && target.StartsWith("identity--", StringComparison.Ordinal)
                    && (source.StartsWith("threat-actor--", StringComparison.Ordinal)
                        || source.StartsWith("intrusion-set--", StringComparison.Ordinal)
                        || source.StartsWith("campaign--", StringComparison.Ordinal)))
                {
                    roles._actors.Add(target);
                }
            }
            else if (type == "sighting" && o["where_sighted_refs"] is JsonArray where)
            {
                roles._victims.UnionWith(where.Select(w => StixRedactor.TryString(w, out var r) ? r : null).OfType<string>());
            }
        }

        roles._actors.ExceptWith(roles._victims);
        return roles;
    }

    public bool IsVictim(JsonObject o) => StixRedactor.TryString(o["id"], out var id) && _victims.Contains(id);

    public bool IsActor(JsonObject o) => StixRedactor.TryString(o["id"], out var id) && _actors.Contains(id);
}
