using CyberPartnerships.Mou;
using CyberPartnerships.Tests.Infrastructure;

namespace CyberPartnerships.Tests.Mou;

/// <summary>The case projection in Azurite.</summary>
[Collection(StorageCollection.Name)]
public sealed class CaseStoreTests(AzuriteFixture storage)
{
    private readonly CaseRules _rules = new(CaseDeadlines.Default);

    private CaseState NewCase(string summary) => _rules.Open(
        CaseRulesTests.Source() with { SubmissionId = $"sub-{Guid.NewGuid():N}", Summary = summary },
        [CaseRulesTests.Party("europol"), CaseRulesTests.Party("microsoft-dcu")],
        "microsoft-dcu",
        "microsoft-dcu",
        DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_large_case_is_stored_over_several_columns_and_read_back_whole()
    {
        var store = new CaseStore(storage.Clients.Tables);
        var state = NewCase(new string('x', 100_000));
        Assert.True(await store.TryCreateAsync(state));
        var read = (await store.GetAsync(state.CaseId))!.Value.State;
        Assert.Equal(state.Source.Summary, read.Source.Summary);

        var smaller = state with { Source = state.Source with { Summary = "short" }, History = [new CaseHistoryEntry(1, state.OpenedAt, state.StepKey, "system", "opened", null)] };
        await store.SaveAsync(smaller);
        Assert.Equal("short", (await store.GetAsync(state.CaseId))!.Value.State.Source.Summary);
    }

    [Fact]
    public async Task A_second_case_for_the_same_submission_is_refused_and_an_older_state_never_overwrites_a_newer()
    {
        var store = new CaseStore(storage.Clients.Tables);
        var state = NewCase("summary");
        Assert.True(await store.TryCreateAsync(state));
        Assert.False(await store.TryCreateAsync(state with { OpenedBy = "someone-else" }));

        var started = _rules.Start(state).State;
        await store.SaveAsync(started);
        await store.SaveAsync(state); // a late retry of an earlier activity
        Assert.Equal(started.History.Count, (await store.GetAsync(state.CaseId))!.Value.State.History.Count);
        Assert.Contains(state.CaseId, (await ListAllAsync(store, "europol")).Select(c => c.CaseId));
    }

    [Fact]
    public async Task A_stray_index_row_does_not_list_a_case_to_a_partner_that_does_not_take_part()
    {
        var store = new CaseStore(storage.Clients.Tables);
        var state = NewCase("summary");
        Assert.True(await store.TryCreateAsync(state));
        var outsider = $"outsider-{Guid.NewGuid():N}";
        await storage.Clients.Tables.GetTableClient(CaseStore.CasePartnersTable).UpsertEntityAsync(new Azure.Data.Tables.TableEntity(outsider, state.CaseId));

        Assert.Empty(await ListAllAsync(store, outsider));
        Assert.Contains(state.CaseId, (await ListAllAsync(store, "europol")).Select(c => c.CaseId));
    }

    private static async Task<List<CaseState>> ListAllAsync(CaseStore store, string partnerId)
    {
        var all = new List<CaseState>();
        string? after = null;
        do
        {
            var page = await store.ListForPartnerAsync(partnerId, CasePaging.MaxPageSize, after);
            all.AddRange(page.Cases);
            after = page.LastCaseId;
        }
        while (after is not null);
        return all;
    }
}
