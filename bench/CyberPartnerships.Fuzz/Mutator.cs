using System.Text;

namespace CyberPartnerships.Fuzz;

/// <summary>
/// The in-process fuzzer's inputs, for machines without AFL: seeds mutated by byte flips, inserts of the JSON tokens
/// that break readers (lone surrogate escapes, NUL, huge and negative numbers, deep nesting, duplicate keys, odd
/// timestamps), truncation and splicing of two inputs. Inputs that ran cleanly join the pool (at most a few thousand),
/// so mutations build on each other. Deterministic for one seed.
/// </summary>
public sealed class Mutator(IReadOnlyList<byte[]> seeds, int seed)
{
    private const int PoolLimit = 4096;

    private static readonly byte[][] Tokens = new[]
    {
        "\"\\ud800\"", "\"\\udfff\"", "\\u0000", "\"\\u0000\"", "\"a\\ud83dz\"", "\"\uFEFF\"", "\"\u200B\"",
        "1e400", "-1e400", "99999999999999999999999", "-0", "0.0000000000000000001", "1E+2", "-1", "2147483648",
        "null", "true", "[]", "{}", "\"\"", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "]]]]]]]]", "}}}}",
        "\"type\": \"bundle\"", "\"type\": \"indicator\"", "\"type\": \"report\"", "\"type\": \"relationship\"",
        "\"spec_version\": \"2.1\"", "\"id\": \"indicator--6ba7b810-9dad-11d1-80b4-00c04fd430c8\"",
        "\"pattern\": \"[ipv4-addr:value = '198.51.100.1']\"", "\"pattern\": \"[file:hashes.'SHA-256' = '\"",
        "\"pattern_type\": \"stix\"", "\"valid_from\": \"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59.9999999Z\"",
        "\"0001-01-01T00:00:00Z\"", "\"2026-13-45T25:61:61.123456789012Z\"", "\"object_marking_refs\": [\"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da\"]",
        "\"created\": \"2026-11-20T08:30:00Z\"", "\"modified\": \"2026-11-20T08:30:00Z\"", "\"objects\": [", "\"more\": true",
        "\"next\": \"", "\"indicators\": [{\"type\": \"ipv4\", \"value\": \"", "\"tlp\": \"AMBER+STRICT\"", "\"hashes\": {\"SHA-256\": \"",
        ",", ":", "\"", "\\", "\n", "0001-01-01T00:00:00Z\n", "0001-01-01T00:00:00.0000001Z\n", "9999-12-31T23:59:59.9999999Z\n",
    }.Select(Encoding.UTF8.GetBytes).ToArray();

    private readonly Random _random = new(seed);
    private readonly List<byte[]> _pool = seeds.Count > 0 ? [.. seeds] : ["{}"u8.ToArray()];

    public byte[] Next()
    {
        var input = _pool[_random.Next(_pool.Count)];
        var rounds = 1 + _random.Next(4);
        for (var r = 0; r < rounds; r++)
        {
            input = Mutate(input);
        }

        return input;
    }

    public void Keep(byte[] input)
    {
        if (input.Length <= 1 << 16 && _random.Next(16) == 0)
        {
            if (_pool.Count < PoolLimit)
            {
                _pool.Add(input);
            }
            else
            {
                _pool[seeds.Count + _random.Next(PoolLimit - seeds.Count)] = input;
            }
        }
    }

    private byte[] Mutate(byte[] input)
    {
        var at = input.Length == 0 ? 0 : _random.Next(input.Length + 1);
        switch (_random.Next(7))
        {
            case 0 when input.Length > 0:
                // Flip a bit.
                var flipped = (byte[])input.Clone();
                flipped[Math.Min(at, input.Length - 1)] ^= (byte)(1 << _random.Next(8));
                return flipped;
            case 1 when input.Length > 0:
                // Replace a byte with an interesting one.
                var replaced = (byte[])input.Clone();
                replaced[Math.Min(at, input.Length - 1)] = (byte)"\0\"\\{}[],:\u007f\u00ff0-.eE"[_random.Next(15)];
                return replaced;
            case 2:
                return [.. input.AsSpan(0, at), .. Tokens[_random.Next(Tokens.Length)], .. input.AsSpan(at)];
            case 3 when input.Length > 0:
                // Delete a run.
                var length = Math.Min(1 + _random.Next(16), input.Length - Math.Min(at, input.Length - 1));
                var start = Math.Min(at, input.Length - 1);
                return [.. input.AsSpan(0, start), .. input.AsSpan(start + length)];
            case 4:
                // Truncate.
                return input[..at];
            case 5:
                // Splice with another input of the pool.
                var other = _pool[_random.Next(_pool.Count)];
                var from = other.Length == 0 ? 0 : _random.Next(other.Length);
                return [.. input.AsSpan(0, at), .. other.AsSpan(from)];
            default:
                // Duplicate a run (repeated keys, deeper nesting).
                if (input.Length == 0)
                {
                    return input;
                }

                var s = Math.Min(at, input.Length - 1);
                var n = Math.Min(1 + _random.Next(64), input.Length - s);
                return [.. input.AsSpan(0, s + n), .. input.AsSpan(s, n), .. input.AsSpan(s + n)];
        }
    }
}
