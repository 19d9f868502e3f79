using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using CyberPartnerships.Email;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Tests.Mou;

/// <summary>The two <see cref="IEmailSender"/>s: SMTP into maildev, ACS against a local HTTPS listener.</summary>
[Collection(MailCollection.Name)]
public sealed class EmailSenderTests(MailDevFixture mail)
{
    private static EmailMessage Message(string to) => new(
        EmailMessage.CreateId(to, "case-x", "joint-review-2", "approvalrequest"), to, "Decision requested", "plain body", "<p>html body</p>");

    [Fact]
    public async Task Smtp_sender_delivers_html_and_text_with_the_stable_message_id()
    {
        var to = $"smtp-{Guid.NewGuid():N}@example.org";
        var sender = new SmtpEmailSender(Options.Create(new EmailOptions { SmtpHost = "127.0.0.1", SmtpPort = mail.SmtpPort, From = "cases@cyberpartnerships.example" }), NullLogger<SmtpEmailSender>.Instance);
        var message = Message(to);
        await sender.SendAsync(message);
        var caught = await mail.WaitForMessageAsync(to);
        Assert.Equal("Decision requested", caught.GetProperty("subject").GetString());
        Assert.Contains("plain body", caught.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("<p>html body</p>", caught.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Equal(message.MessageId.Trim('<', '>'), MouTestHost.MessageId(caught).Trim('<', '>'));
        Assert.Equal(message.MessageId, Message(to).MessageId);
    }

    [Fact]
    public async Task Acs_sender_posts_to_emails_send_with_api_version_bearer_token_operation_id_and_body()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        using var cert = X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pfx), null);

        var seen = new List<(string Path, string? Query, string Auth, string OperationId, JsonElement Body)>();
        var port = ToolProcess.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.UseHttps(cert)));
        await using var app = builder.Build();
        app.MapPost("/emails:send", async (HttpRequest r) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(r.Body);
            lock (seen)
            {
                seen.Add((r.Path, r.Query["api-version"], r.Headers.Authorization.ToString(), r.Headers["Operation-Id"].ToString(), body));
            }

            return Results.Accepted();
        });
        await app.StartAsync();

        var options = new AcsEmailClientOptions
        {
            Transport = new HttpClientTransport(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, presented, _, errors) => presented?.Thumbprint == cert.Thumbprint || errors == SslPolicyErrors.None,
            }),
        };
        var sender = new AcsEmailSender(new Uri($"https://127.0.0.1:{port}"), "DoNotReply@cp.example", new StaticToken("test-token"), options, TimeProvider.System, NullLogger<AcsEmailSender>.Instance);
        var message = Message("legal@europol.example");
        await sender.SendAsync(message);

        var (path, query, auth, operationId, json) = Assert.Single(seen);
        Assert.Equal("/emails:send", path);
        Assert.Equal("2023-03-31", query);
        Assert.Equal("Bearer test-token", auth);
        Assert.Equal(message.OperationId.ToString(), operationId);
        Assert.Equal("DoNotReply@cp.example", json.GetProperty("senderAddress").GetString());
        Assert.Equal("legal@europol.example", json.GetProperty("recipients").GetProperty("to")[0].GetProperty("address").GetString());
        Assert.Equal("Decision requested", json.GetProperty("content").GetProperty("subject").GetString());
        Assert.Equal("plain body", json.GetProperty("content").GetProperty("plainText").GetString());
        Assert.Equal("<p>html body</p>", json.GetProperty("content").GetProperty("html").GetString());
        await app.StopAsync();
    }

    /// <summary>A credential that hands out a fixed token and checks the ACS scope is asked for.</summary>
    private sealed class StaticToken(string token) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Assert.Equal([AcsEmailSender.Scope], requestContext.Scopes);
            return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(GetToken(requestContext, cancellationToken));
    }
}
