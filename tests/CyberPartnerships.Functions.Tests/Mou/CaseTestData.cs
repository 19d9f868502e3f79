using CyberPartnerships.Mou;

namespace CyberPartnerships.Functions.Tests.Mou;

internal static class CaseTestData
{
    public static CaseParty Party(string id) => new(id, id.ToUpperInvariant(), [$"legal@{id}.example"], [$"alt@{id}.example"], [$"analyst@{id}.example"]);

    public static CaseState Open(CaseRules rules, DateTimeOffset now, string action = "analysis", params CaseParty[] parties) => rules.Open(
        new CaseSource($"sub-{Guid.NewGuid():N}", "europol", "Botnet X", "C2 servers of botnet X", action, [], Tlp.Amber),
        parties.Length > 0 ? parties : [Party("europol"), Party("microsoft-dcu")],
        "microsoft-dcu",
        "microsoft-dcu",
        now);
}
