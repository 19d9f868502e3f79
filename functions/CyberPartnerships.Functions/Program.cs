using CyberPartnerships.Feeds;
using CyberPartnerships.Indicators;
using CyberPartnerships.Partners;
using CyberPartnerships.Storage;
using CyberPartnerships.Submissions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

builder.Services
    .AddStorage()
    .AddPartners()
    .AddSubmissions()
    .AddIndicators()
    .AddFeeds();

builder.Build().Run();
