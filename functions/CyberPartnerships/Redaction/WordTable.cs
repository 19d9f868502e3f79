namespace CyberPartnerships.Redaction;

/// <summary>A read-only open-addressing table from words to values, looked up by span with an FNV-1a hash the caller
/// may compute while it copies the word (no delegate, no second pass over the characters).</summary>
internal sealed class WordTable<T>
    where T : struct
{
    private readonly string?[] _keys;
    private readonly uint[] _hashes;
    private readonly T[] _values;
    private readonly int _mask;

    public WordTable(IReadOnlyDictionary<string, T> items)
    {
        var size = 16;
        while (size < items.Count * 4)
        {
            size <<= 1;
        }

        _keys = new string?[size];
        _hashes = new uint[size];
        _values = new T[size];
        _mask = size - 1;
        foreach (var (key, value) in items)
        {
            var index = (int)(Hash(key) & (uint)_mask);
            while (_keys[index] is not null)
            {
                index = (index + 1) & _mask;
            }

            _keys[index] = key;
            _hashes[index] = Hash(key);
            _values[index] = value;
        }
    }

    public const uint Seed = 2166136261;

    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619;

    public static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = Seed;
        foreach (var c in word)
        {
            hash = Step(hash, c);
        }

        return hash;
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out T value) => TryGetValue(word, Hash(word), out value);

    public bool TryGetValue(ReadOnlySpan<char> word, uint hash, out T value)
    {
        var index = (int)(hash & (uint)_mask);
        while (_keys[index] is { } key)
        {
            if (_hashes[index] == hash && key.Length == word.Length && word.SequenceEqual(key))
            {
                value = _values[index];
                return true;
            }

            index = (index + 1) & _mask;
        }

        value = default;
        return false;
    }

    public IEnumerable<string> Keys => _keys.OfType<string>();
}
