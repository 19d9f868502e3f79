using System.Runtime.InteropServices;

namespace CyberPartnerships.Redaction;

/// <summary>A read-only open-addressing table from words to values, looked up by span (no delegate, no string).</summary>
internal sealed class WordTable<T>
    where T : struct
{
    // Hash, occupancy and value of a slot sit together, so a probe touches one cache line; the key is read only when
    // the hashes match.
    private readonly Entry[] _entries;
    private readonly string[] _keys;
    private readonly int _mask;

    private struct Entry
    {
        public uint Hash;
        public bool Used;
        public T Value;
    }

    public WordTable(IReadOnlyDictionary<string, T> items)
    {
        var size = 16;
        while (size < items.Count * 4)
        {
            size <<= 1;
        }

        _entries = new Entry[size];
        _keys = new string[size];
        _mask = size - 1;
        foreach (var (key, value) in items)
        {
            var hash = Hash(key);
            var index = (int)(hash & (uint)_mask);
            while (_entries[index].Used)
            {
                index = (index + 1) & _mask;
            }

            _keys[index] = key;
            _entries[index] = new Entry { Hash = hash, Used = true, Value = value };
        }
    }

    /// <summary>A hash of the length and the first and last four characters: constant time, no multiply chain over
    /// the word (words that share those are told apart by the key comparison).</summary>
    public static uint Hash(ReadOnlySpan<char> word)
    {
        ulong head, tail;
        if (word.Length >= 4)
        {
            head = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(word[..4]));
            tail = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(word[^4..]));
        }
        else
        {
            head = 0;
            foreach (var c in word)
            {
                head = (head << 16) | c;
            }

            tail = 0;
        }

        var h = (head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)word.Length;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        return (uint)(h >> 32);
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out T value) => TryGetValue(word, Hash(word), out value);

    public bool TryGetValue(ReadOnlySpan<char> word, uint hash, out T value)
    {
        var entries = _entries;
        var index = (int)(hash & (uint)_mask);
        while (entries[index].Used)
        {
            if (entries[index].Hash == hash)
            {
                var key = _keys[index];
                if (key.Length == word.Length && word.SequenceEqual(key))
                {
                    value = entries[index].Value;
                    return true;
                }
            }

            index = (index + 1) & _mask;
        }

        value = default;
        return false;
    }

    public IEnumerable<string> Keys => _keys.Where((k, i) => _entries[i].Used);
}
