using CyberPartnerships.Functions.Http;
using CyberPartnerships.Mou;
using CyberPartnerships.Partners;
using CyberPartnerships.Sharing;
using CyberPartnerships.Storage;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<HttpResultMiddleware>();

builder.Services
    .AddStorage()
    .AddPartners()
    .AddMou() // needs an ICaseSourceLookup over the submission store (registered with ingestion)
    .AddSharing();

builder.Build().Run();
