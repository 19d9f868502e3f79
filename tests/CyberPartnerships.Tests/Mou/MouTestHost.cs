using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using CyberPartnerships.Graph;
using CyberPartnerships.Indicators;
using CyberPartnerships.Mou;
using CyberPartnerships.Partners;
using CyberPartnerships.Sharing;
using CyberPartnerships.Storage;
using CyberPartnerships.Submissions;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Partners;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CyberPartnerships.Tests.Mou;

/// <summary>
/// The case workflow's handlers on a host (TestServer, or real Kestrel on 127.0.0.1 for the browser), against Azurite
/// and maildev, with the workflow run in process (<see cref="DirectCaseWorkflow"/>). Each host has its own DCU and
/// partners (unique ids), so tests never see each other's cases or mail.
/// </summary>
public sealed partial class MouTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private MouTestHost(WebApplication app, HttpClient client, FakeTimeProvider time, MailDevFixture mail)
    {
        _app = app;
        Client = client;
        Time = time;
        Mail = mail;
    }

    public HttpClient Client { get; }

    public FakeTimeProvider Time { get; }

    public MailDevFixture Mail { get; }

    public IServiceProvider Services => _app.Services;

    public Uri BaseAddress => Client.BaseAddress!;

    public Partner Dcu { get; private set; } = null!;

    public string DcuKey { get; private set; } = null!;

    public Partner Submitter { get; private set; } = null!;

    public string SubmitterKey { get; private set; } = null!;

    public CaseStore Store => Services.GetRequiredService<CaseStore>();

    /// <param name="fromSubmissions">Cases come from the real submission store: <c>POST /api/submissions</c> (through
    /// <see cref="CaseIntake"/>) and the indicator routes are mapped too.</param>
    /// <param name="services">Registrations after the host's own (last one wins): a faulty storage client, a scripted event sink.</param>
    public static async Task<MouTestHost> StartAsync(AzuriteFixture storage, MailDevFixture mail, bool kestrel = false, bool fromSubmissions = false, Action<IServiceCollection>? services = null)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var dcuId = PartnerTestData.NewPartner("dcu").Id;
        var port = kestrel ? ToolProcess.FreePort() : 0;
        var baseUrl = kestrel ? $"http://127.0.0.1:{port}" : "http://localhost";
        var builder = WebApplication.CreateSlimBuilder();
        if (kestrel)
        {
            builder.WebHost.UseKestrel().UseUrls(baseUrl);
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Mou:DcuPartnerId"] = dcuId,
            ["Approvals:PublicBaseUrl"] = baseUrl,
            ["Approvals:CurrentKeyId"] = "k1",
            ["Approvals:SigningKeys:k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Redaction:Mode"] = "TypeLabel",
            ["Email:Provider"] = "Smtp",
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = $"{mail.SmtpPort}",
        });
        builder.Services.AddStorage().AddPartners().AddMou().AddDirectCaseWorkflow().AddSharing()
            .AddSingleton<TimeProvider>(time);
        if (fromSubmissions)
        {
            builder.Services.AddSubmissions().AddIndicators();
        }
        else
        {
            builder.Services.AddSingleton<TableCaseSourceLookup>()
                .AddSingleton<ICaseSourceLookup>(sp => sp.GetRequiredService<TableCaseSourceLookup>());
        }

        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapMouApi();
        if (fromSubmissions)
        {
            app.MapPost("/api/submissions", (HttpRequest r, CaseIntake intake, ICaseWorkflowStarter starter, CancellationToken ct) => intake.ReceiveSubmissionAsync(r, starter, ct));
            app.MapIndicatorsApi();
        }

        if (app.Services.GetService<GraphEndpoints>() is not null)
        {
            app.MapGraphApi();
        }

        await app.StartAsync();
        var client = kestrel ? new HttpClient { BaseAddress = new Uri(baseUrl) } : app.GetTestClient();
        var host = new MouTestHost(app, client, time, mail);
        var registry = app.Services.GetRequiredService<PartnerRegistry>();
        host.Dcu = await registry.AddAsync(UniqueMail(PartnerTestData.NewPartner("dcu") with { Id = dcuId }));
        host.DcuKey = (await registry.IssueKeyAsync(dcuId)).Key;
        host.Submitter = await registry.AddAsync(UniqueMail(PartnerTestData.NewPartner("ec3")));
        host.SubmitterKey = (await registry.IssueKeyAsync(host.Submitter.Id)).Key;
        return host;
    }

    public async Task<Partner> AddPartnerAsync(string prefix, int legalApprovers = 1)
    {
        var partner = UniqueMail(PartnerTestData.NewPartner(prefix));
        partner = partner with { LegalApprovers = Enumerable.Range(1, legalApprovers).Select(i => $"legal{i}-{partner.Id}@example.org").ToList() };
        return await Services.GetRequiredService<PartnerRegistry>().AddAsync(partner);
    }

    /// <summary>maildev is shared by the collection: every person gets an address of their own.</summary>
    private static Partner UniqueMail(Partner p) => p with
    {
        LegalApprovers = [$"legal-{p.Id}@example.org"],
        AlternateApprovers = [$"alt-{p.Id}@example.org"],
        Analysts = [$"analyst-{p.Id}@example.org"],
    };

    /// <summary>Stores a submission and has DCU open its case through the API.</summary>
    public async Task<CaseState> OpenCaseAsync(string requestedAction = "enforcement", params string[] participants)
    {
        var submissionId = $"sub-{Guid.NewGuid():N}";
        await Services.GetRequiredService<TableCaseSourceLookup>().AddAsync(new CaseSource(
            submissionId, Submitter.Id, "Botnet X takedown", "C2 servers of botnet X; reported by victim jane.doe@victim.example", requestedAction, participants, Tlp.Amber));
        using var response = await SendAsync(HttpMethod.Post, "/api/cases", DcuKey, new { submissionId });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var caseId = CaseRules.CaseIdFor(submissionId);
        Assert.Equal($"/api/cases/{caseId}", response.Headers.Location?.ToString());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("analysis", created.GetProperty("step").GetString());
        Assert.Equal(caseId, created.GetProperty("id").GetString());
        return await GetStateAsync(caseId);
    }

    public async Task<CaseState> GetStateAsync(string caseId) => (await Store.GetAsync(caseId))!.Value.State;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? key, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json.Options);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Attaches an analysis as the submitting partner: the case moves to the joint review.</summary>
    public async Task AttachAnalysisAsync(string caseId)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/api/cases/{caseId}/analysis", SubmitterKey, new { report = "Analysis of botnet X", findings = new[] { "C2 at 203.0.113.9" } });
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
    }

    /// <summary>Submits the approval page's form, as the browser does.</summary>
    public async Task<HttpResponseMessage> DecideAsync(string link, string decision, string? comment = null)
    {
        var form = new Dictionary<string, string> { ["decision"] = decision };
        if (comment is not null)
        {
            form["comment"] = comment;
        }

        return await Client.PostAsync(new Uri(link).PathAndQuery, new FormUrlEncodedContent(form));
    }

    /// <summary>The approval link (for <paramref name="decision"/>) in the latest e-mail to <paramref name="approver"/> about <paramref name="stepKey"/>.</summary>
    public async Task<string> ApprovalLinkAsync(string approver, string stepKey, string decision = "approve")
    {
        var message = await Mail.WaitForMessageAsync(approver, m => m.GetProperty("text").GetString()!.Contains("/api/approvals/", StringComparison.Ordinal)
            && MessageId(m).Contains(stepKey, StringComparison.Ordinal));
        var text = message.GetProperty("text").GetString()!;
        return LinkPattern().Matches(text).Select(m => m.Value).First(l => l.EndsWith("decision=" + decision, StringComparison.Ordinal));
    }

    public static string MessageId(JsonElement message) =>
        message.TryGetProperty("messageId", out var id) ? id.GetString() ?? string.Empty : message.GetProperty("headers").GetProperty("message-id").GetString() ?? string.Empty;

    [GeneratedRegex(@"https?://\S+/api/approvals/\S+")]
    private static partial Regex LinkPattern();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
