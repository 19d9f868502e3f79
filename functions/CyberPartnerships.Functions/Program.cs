using CyberPartnerships.Functions.Http;
using CyberPartnerships.Mou;
using CyberPartnerships.Feeds;
using CyberPartnerships.Graph;
using CyberPartnerships.Indicators;
using CyberPartnerships.Partners;
using CyberPartnerships.Sharing;
using CyberPartnerships.Storage;
using CyberPartnerships.Submissions;
using CyberPartnerships.Taxii;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

CreateBuilder(args).Build().Run();

/// <summary>The worker's entry point. <see cref="CreateBuilder"/> is the whole app; the start-up test builds its host
/// from the same method.</summary>
public sealed partial class Program
{
    public static FunctionsApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<HttpResultMiddleware>();

        builder.Services
            .AddStorage()
            .AddPartners()
            .AddSubmissions()
            .AddIndicators()
            .AddFeeds()
            .AddMou()
            .AddSharing()
            .AddTaxiiServer()
            .AddGraph();

        return builder;
    }
}
