using System.Net;
using System.Net.Sockets;

namespace CyberPartnerships.Feeds;

/// <summary>A feed's host resolved only to addresses a pull may not reach.</summary>
public sealed class FeedAddressException(string message) : Exception(message);

/// <summary>
/// Where a feed pull may connect. A partner's API root is public: a host that resolves to a loopback, link-local
/// (cloud metadata at 169.254.169.254), private, shared (CGNAT), multicast, reserved or unspecified address, or to an
/// IPv6 form embedding one (IPv4-mapped, IPv4-compatible, NAT64, 6to4), is refused unless
/// <see cref="FeedOptions.AllowPrivateAddresses"/> is set (local runs and tests).
/// </summary>
public static class FeedAddresses
{
    private static readonly (byte[] Network, int Prefix)[] NonPublicV4 =
    [
        ([0, 0, 0, 0], 8),          // "this network", unspecified
        ([10, 0, 0, 0], 8),         // private
        ([100, 64, 0, 0], 10),      // shared address space (CGNAT)
        ([127, 0, 0, 0], 8),        // loopback
        ([169, 254, 0, 0], 16),     // link-local, cloud metadata
        ([172, 16, 0, 0], 12),      // private
        ([192, 0, 0, 0], 24),       // IETF protocol assignments
        ([192, 0, 2, 0], 24),       // documentation
        ([192, 168, 0, 0], 16),     // private
        ([198, 18, 0, 0], 15),      // benchmarking
        ([198, 51, 100, 0], 24),    // documentation
        ([203, 0, 113, 0], 24),     // documentation
        ([224, 0, 0, 0], 4),        // multicast
        ([240, 0, 0, 0], 4),        // reserved, broadcast
    ];

    private static readonly (byte[] Network, int Prefix)[] NonPublicV6 =
    [
        ([0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 64),  // discard-only
        ([0x20, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 32),  // Teredo
        ([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 32),  // documentation
        ([0x00, 0x64, 0xff, 0x9b, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 48),  // local-use NAT64
        ([0xfc, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 7),  // unique local (private)
        ([0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 10),  // link-local
        ([0xfe, 0xc0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 10),  // site-local (deprecated)
        ([0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 8),  // multicast
    ];

    private static readonly byte[] Nat64 = [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0];

    public static bool IsPublic(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return !NonPublicV4.Any(range => InPrefix(bytes, range.Network, range.Prefix));
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        // ::/96: unspecified, loopback and the deprecated IPv4-compatible form: none is a partner's server.
        if (bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
        {
            return false;
        }

        // An IPv4 address inside NAT64 (64:ff9b::/96) or 6to4 (2002::/16) reaches that IPv4 address.
        if (bytes.AsSpan(0, 12).SequenceEqual(Nat64))
        {
            return IsPublic(new IPAddress(bytes.AsSpan(12, 4)));
        }

        if (bytes[0] == 0x20 && bytes[1] == 0x02)
        {
            return IsPublic(new IPAddress(bytes.AsSpan(2, 4)));
        }

        return !NonPublicV6.Any(range => InPrefix(bytes, range.Network, range.Prefix));
    }

    private static bool InPrefix(byte[] address, byte[] network, int prefix)
    {
        var whole = prefix / 8;
        if (!address.AsSpan(0, whole).SequenceEqual(network.AsSpan(0, whole)))
        {
            return false;
        }

        var bits = prefix % 8;
        if (bits == 0)
        {
            return true;
        }

        var mask = (byte)(0xff << (8 - bits));
        return (address[whole] & mask) == (network[whole] & mask);
    }

    /// <summary>
    /// The feeds handler's <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves the host, keeps the addresses a
    /// pull may reach, and connects to one of those; the address connected to is the address checked, so a name that
    /// resolves differently a moment later changes nothing.
    /// </summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Connector(bool allowPrivateAddresses) =>
        async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            var resolved = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
            var permitted = allowPrivateAddresses ? resolved : resolved.Where(IsPublic).ToArray();
            if (permitted.Length == 0)
            {
                throw new FeedAddressException(
                    $"{host} resolves to {string.Join(", ", resolved.Select(a => a.ToString()))}, not a public address: feeds are pulled from public addresses only (Feeds:AllowPrivateAddresses is for local runs and tests).");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(permitted, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}
