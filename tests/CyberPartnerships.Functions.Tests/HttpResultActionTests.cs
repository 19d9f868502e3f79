using System.Text.Json;
using CyberPartnerships.Functions.Http;
using CyberPartnerships.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Functions.Tests;

public sealed class HttpResultActionTests
{
    [Fact]
    public async Task Problem_result_is_written_as_problem_details_by_the_action()
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();
        var action = new HttpResultAction(Problems.NotFound("No such submission."));

        await action.ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));

        Assert.Equal(404, http.Response.StatusCode);
        Assert.Equal("application/problem+json", http.Response.ContentType);
        http.Response.Body.Position = 0;
        var body = await JsonDocument.ParseAsync(http.Response.Body);
        Assert.Equal("No such submission.", body.RootElement.GetProperty("detail").GetString());
    }
}
