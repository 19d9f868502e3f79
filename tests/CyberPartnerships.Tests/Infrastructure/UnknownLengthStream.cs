namespace CyberPartnerships.Tests.Infrastructure;

/// <summary>A body HttpClient sends chunked, without Content-Length, so only a limit counted while reading can stop it.</summary>
public sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
{
    public override bool CanSeek => false;
}
