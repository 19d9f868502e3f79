using Azure.Data.Tables;
using CyberPartnerships.Partners;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CyberPartnerships.Tests.Partners;

[Collection(StorageCollection.Name)]
public sealed class PartnerRegistryTests(AzuriteFixture storage)
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    private PartnerRegistry Registry() => new(storage.Clients.Tables, _time);

    [Fact]
    public async Task Added_partner_is_listed_and_read_back()
    {
        var registry = Registry();
        var partner = PartnerTestData.NewPartner("europol", Tlp.AmberStrict);

        await registry.AddAsync(partner);

        var read = await registry.GetAsync(partner.Id);
        Assert.NotNull(read);
        Assert.Equal(partner.DisplayName, read.DisplayName);
        Assert.Equal(Tlp.AmberStrict, read.TlpClearance);
        Assert.Equal(PartnerKind.LawEnforcement, read.Kind);
        Assert.Equal(PartnerStatus.Active, read.Status);
        Assert.Equal(partner.LegalApprovers, read.LegalApprovers);
        Assert.Equal(partner.AlternateApprovers, read.AlternateApprovers);
        Assert.Equal(partner.Analysts, read.Analysts);
        Assert.Contains(await registry.ListAsync(), p => p.Id == partner.Id);
    }

    [Fact]
    public async Task Duplicate_id_is_refused()
    {
        var registry = Registry();
        var partner = PartnerTestData.NewPartner("dup");
        await registry.AddAsync(partner);

        var ex = await Assert.ThrowsAsync<PartnerRegistryException>(() => registry.AddAsync(partner with { DisplayName = "Other" }));

        Assert.Equal(PartnerError.Duplicate, ex.Error);
        Assert.Equal(partner.DisplayName, (await registry.GetAsync(partner.Id))!.DisplayName);
    }

    [Theory]
    [InlineData("Bad Id", "legal@example.org")]
    [InlineData("ok-id", "not-an-email")]
    [InlineData("ok-id", "a@b")]
    public async Task Invalid_partner_is_refused(string id, string legal)
    {
        var partner = PartnerTestData.NewPartner() with { Id = id, LegalApprovers = [legal] };

        var ex = await Assert.ThrowsAsync<PartnerRegistryException>(() => Registry().AddAsync(partner));

        Assert.Equal(PartnerError.Invalid, ex.Error);
    }

    [Fact]
    public async Task Key_is_stored_only_as_a_hash()
    {
        var registry = Registry();
        var partner = await registry.AddAsync(PartnerTestData.NewPartner("hash"));

        var issued = await registry.IssueKeyAsync(partner.Id);

        var table = storage.Clients.Tables.GetTableClient(PartnerRegistry.ApiKeysTable);
        var row = (await table.GetEntityAsync<TableEntity>(issued.Info.KeyId, "key")).Value;
        foreach (var (name, value) in row)
        {
            var text = value?.ToString() ?? string.Empty;
            Assert.DoesNotContain(issued.Key, text, StringComparison.Ordinal);
            Assert.DoesNotContain(issued.Key[(ApiKeys.Prefix.Length + 17)..], text, StringComparison.Ordinal);
        }

        Assert.Equal(ApiKeys.Hash(issued.Key), row.GetString("Hash"));
        Assert.Equal(partner.Id, row.GetString("PartnerId"));
    }

    [Fact]
    public async Task Suspend_and_resume_change_status()
    {
        var registry = Registry();
        var partner = await registry.AddAsync(PartnerTestData.NewPartner("susp"));

        Assert.Equal(PartnerStatus.Suspended, (await registry.SetStatusAsync(partner.Id, PartnerStatus.Suspended)).Status);
        Assert.Equal(PartnerStatus.Suspended, (await registry.GetAsync(partner.Id))!.Status);
        Assert.Equal(PartnerStatus.Active, (await registry.SetStatusAsync(partner.Id, PartnerStatus.Active)).Status);
    }

    [Fact]
    public async Task Unknown_partner_operations_say_not_found()
    {
        var registry = Registry();

        Assert.Equal(PartnerError.NotFound, (await Assert.ThrowsAsync<PartnerRegistryException>(() => registry.SetStatusAsync("nobody-here", PartnerStatus.Suspended))).Error);
        Assert.Equal(PartnerError.NotFound, (await Assert.ThrowsAsync<PartnerRegistryException>(() => registry.IssueKeyAsync("nobody-here"))).Error);
        Assert.Equal(PartnerError.NotFound, (await Assert.ThrowsAsync<PartnerRegistryException>(() => registry.RevokeKeyAsync("nobody-here", "0011223344556677"))).Error);
    }

    [Fact]
    public async Task A_partner_cannot_revoke_another_partners_key()
    {
        var registry = Registry();
        var a = await registry.AddAsync(PartnerTestData.NewPartner("a"));
        var b = await registry.AddAsync(PartnerTestData.NewPartner("b"));
        var key = await registry.IssueKeyAsync(a.Id);

        await Assert.ThrowsAsync<PartnerRegistryException>(() => registry.RevokeKeyAsync(b.Id, key.Info.KeyId));

        Assert.Null((await registry.FindKeyAsync(key.Info.KeyId))!.Value.Info.RevokedAt);
    }
}
