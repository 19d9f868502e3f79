namespace CyberPartnerships.Redaction;

/// <summary>Postal addresses after an address cue.</summary>
internal sealed partial class TextScanner
{
    /// <summary>After an address cue: the tokens up to the end of the clause, when they start like an address
    /// (a house number, a capitalised word or a street word) and the cue is not "IP/e-mail address".</summary>
    /// <summary>"Bitcoin-Adresse aus Erpresserschreiben: bc1q…", "dirección BTC 1A1z…": a wallet's address, not a home's
    /// (a coin's name in the cue word, or a wallet within the next five tokens of the clause).</summary>
    private bool WalletNear(int i)
    {
        var word = At(i);
        if (word.Contains("bitcoin", StringComparison.OrdinalIgnoreCase) || word.Contains("btc", StringComparison.OrdinalIgnoreCase) ||
            word.Contains("wallet", StringComparison.OrdinalIgnoreCase) || word.Contains("krypto", StringComparison.OrdinalIgnoreCase) ||
            word.Contains("crypto", StringComparison.OrdinalIgnoreCase) || word.Contains("monero", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var k = i + 1; k < _count && k <= i + 5 && _tokens[k].Before < Break.Strong; k++)
        {
            if (Shapes.IsWallet(At(k)))
            {
                return true;
            }
        }

        return false;
    }

    private int Address(int i)
    {
        // "IP address", "adresse IP", "dirección de correo electrónico", "IP-Adresse": not a postal address.
        var notPostal = (At(i).ContainsAny(NotPostalChars) && (At(i).Contains("ip", StringComparison.OrdinalIgnoreCase) || At(i).Contains("mail", StringComparison.OrdinalIgnoreCase))) ||
            WalletNear(i);
        for (var k = i - 1; k <= i + 3 && !notPostal && k < _count; k++)
        {
            if (k < 0 || k == i || (k == i - 1 && _tokens[i].Before != Break.None) || (k > i && _tokens[k].Before >= Break.Comma))
            {
                continue;
            }

            notPostal = NotPostal.Contains(At(k));
        }

        if (notPostal)
        {
            _pending &= ~Cue.Address;
            return i + 1;
        }

        // The address starts at the first house number, capitalised word or uppercase code within three tokens
        // ("address: 12 Main St", "Adresse postale : 3 rue …", "Endereço: N702 521, …").
        var first = i + 1;
        for (; first < _count && first - i <= 3 && _tokens[first].Before < Break.Comma; first++)
        {
            var word = At(first);
            var wordShape = ShapeAt(first);
            if (char.IsAsciiDigit(word[0]) || char.IsUpper(word[0]))
            {
                break;
            }

            if (!wordShape.IsWord || (ContextWords.Of(word) & Cue.Pending & ~Cue.Address) != 0)
            {
                return i + 1;
            }
        }

        if (first >= _count || first - i > 3 || _tokens[first].Before >= Break.Comma || Shapes.IsWallet(At(first)))
        {
            // "a la dirección 16DTfLgHSc…": a wallet's address, the criminals' indicator.
            return i + 1;
        }

        var s = At(first);
        var shape = ShapeAt(first);
        if (Shapes.IsIPv4(s, out _) || (shape.Flags & ShapeFlags.At) != 0)
        {
            return i + 1;
        }

        var last = first;
        for (var j = first + 1; j < _count && j - first < 14 && _tokens[j].Before != Break.Strong; j++)
        {
            if (_tokens[j].Before == Break.Comma && !ContinuesAddress(At(j)))
            {
                break;
            }

            last = j;
        }

        AddTokens(first, last, PiiType.PostalAddress);
        _pending &= ~Cue.Address;
        return last + 1;
    }

    private static readonly System.Buffers.SearchValues<char> NotPostalChars = System.Buffers.SearchValues.Create("-");

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPostal =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["ip", "ipv4", "ipv6", "mail", "e-mail", "email", "mac", "web", "wallet", "btc", "bitcoin", "server", "correo", "electrónico",
             "electronico", "eletrônico", "eletronico", "électronique", "messagerie", "url", "ethereum"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool ContinuesAddress(ReadOnlySpan<char> s)
    {
        var shape = Shape.Of(s);
        var stateCode = s.Length == 2 && char.IsAsciiLetterUpper(s[0]) && char.IsAsciiLetterUpper(s[1]);
        return (shape.IsTitle || stateCode || char.IsAsciiDigit(s[0])) && (ContextWords.Of(s) & ~(Cue.Function | Cue.Address)) == 0 && !Shapes.IsIPv4(s, out _);
    }
}
