using CyberPartnerships.Functions.Http;
using CyberPartnerships.Mou;
using CyberPartnerships.Feeds;
using CyberPartnerships.Indicators;
using CyberPartnerships.Partners;
using CyberPartnerships.Sharing;
using CyberPartnerships.Storage;
using CyberPartnerships.Submissions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

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
    .AddSharing();

builder.Build().Run();
