using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace CyberPartnerships.Tests.Infrastructure;

/// <summary>Fails the <c>failOn</c>-th request that <c>match</c> selects, once, before it reaches Azurite (add it to a
/// client's options with <c>Retry.MaxRetries = 0</c>, so the fault is not hidden by a retry).</summary>
public sealed class FailNthRequestPolicy(Func<HttpMessage, bool> match, int failOn) : HttpPipelinePolicy
{
    private int _seen;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Inject(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Inject(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Inject(HttpMessage message)
    {
        if (match(message) && Interlocked.Increment(ref _seen) == failOn)
        {
            throw new RequestFailedException(503, "Injected storage fault.");
        }
    }
}
