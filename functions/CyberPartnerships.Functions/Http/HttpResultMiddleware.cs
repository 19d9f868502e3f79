using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace CyberPartnerships.Functions.Http;

/// <summary>
/// The core's HTTP handlers return ASP.NET Core <see cref="IResult"/>s (TypedResults, problem details). The Functions
/// ASP.NET Core integration executes only <see cref="IActionResult"/> return values, so this middleware, which runs
/// inside the integration's own middleware, wraps an <see cref="IResult"/> returned by a function into an action
/// result that executes it on the request's <see cref="HttpContext"/>.
/// </summary>
internal sealed class HttpResultMiddleware : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        await next(context).ConfigureAwait(false);

        var invocationResult = context.GetInvocationResult();
        if (invocationResult?.Value is IResult result)
        {
            invocationResult.Value = new HttpResultAction(result);
        }
    }
}

/// <summary>An <see cref="IActionResult"/> that executes an <see cref="IResult"/>.</summary>
internal sealed class HttpResultAction(IResult result) : IActionResult
{
    public IResult Result { get; } = result;

    public Task ExecuteResultAsync(ActionContext context) => Result.ExecuteAsync(context.HttpContext);
}
