namespace CyberPartnerships.Redaction.Structure;

/// <summary>Columns without a typed header, typed by their values once the token rules have run.</summary>
internal sealed partial class TextStructure
{
    /// <summary>A person is an adult: a date at least this many years before the document's latest year, in a table of
    /// people, is a date of birth.</summary>
    private const int BirthYearsBefore = 14;

    /// <summary>
    /// Types the columns without a typed header:
    /// <list type="bullet">
    /// <item>a column whose non-empty cells are at least a third, and at least two, of one personal type (a cell counts
    /// when the token rules found that type in it and the whole cell fits the type: "Joanna JABŁOŃSKA" with "Joanna"
    /// found): its other cells are taken as that type (a headerless table of victims);</item>
    /// <item>in a table with a column of names, a column of whole dates (at least two, and half its cells) of which two
    /// thirds lie at least <see cref="BirthYearsBefore"/> years before the latest year the text mentions: dates of
    /// birth, however its header is written ("| Anna Nowak | 10-12-1953 | … | 2023-02-06 |").</item>
    /// </list>
    /// </summary>
    private void TypeColumnsByMajority(string text, ReadOnlySpan<Finding> scanned)
    {
        var counts = new int[_columns, 11];
        var cellsOf = new int[_columns];
        foreach (var (start, end, c) in _cells)
        {
            cellsOf[c]++;
            if (TypeIn(text, scanned, start, end) is { } type)
            {
                counts[c, (int)type]++;
            }
        }

        var hints = new FieldHint[_columns];
        var names = _tableHasNames.ToArray();
        for (var column = 0; column < _columns; column++)
        {
            var best = 0;
            for (var t = 1; t < 11; t++)
            {
                best = counts[column, t] > counts[column, best] ? t : best;
            }

            var hint = HintOf((PiiType)best);
            if (counts[column, best] >= 2 && counts[column, best] * 3 >= cellsOf[column] && hint != FieldHint.FreeText)
            {
                hints[column] = hint;
                names[_tableOfColumn[column]] |= hint == FieldHint.PersonName;
            }
        }

        TypeIndicatorColumns(text, hints, cellsOf);
        if (names.Contains(true))
        {
            TypeBirthDateColumns(text, hints, names, cellsOf);
            TypeLoginColumns(text, scanned, hints, names, cellsOf);
        }

        foreach (var (start, end, c) in _cells)
        {
            if (hints[c] == FieldHint.Indicator)
            {
                AddIndicator(text, new Field(start, end, FieldHint.Indicator, FieldSource.ColumnMajority) { Evidence = (start, end) });
            }
            else if (hints[c] != FieldHint.FreeText)
            {
                _fields.Add(new Field(start, end, hints[c], FieldSource.ColumnMajority) { Evidence = (start, end) });
            }
        }
    }

    /// <summary>A column of at least two URLs, hosts or hashes, with IP addresses among them and nothing else in three
    /// cells of four: a column of indicators (<see cref="IndicatorCells"/>).</summary>
    private void TypeIndicatorColumns(string text, FieldHint[] hints, int[] cellsOf)
    {
        var indicators = new int[_columns];
        var ips = new int[_columns];
        foreach (var (start, end, c) in _cells)
        {
            var cell = text.AsSpan(start, end - start);
            indicators[c] += hints[c] is FieldHint.FreeText or FieldHint.VictimIp && IndicatorCells.IsIndicator(cell) ? 1 : 0;
            ips[c] += hints[c] is FieldHint.FreeText or FieldHint.VictimIp && IndicatorCells.IsIp(cell) ? 1 : 0;
        }

        for (var column = 0; column < _columns; column++)
        {
            if (indicators[column] >= 2 && ips[column] > 0 && (indicators[column] + ips[column]) * 4 >= cellsOf[column] * 3)
            {
                hints[column] = FieldHint.Indicator;
            }
        }
    }

    private void TypeBirthDateColumns(string text, FieldHint[] hints, bool[] names, int[] cellsOf)
    {
        var latest = DateCells.LatestYear(text);
        var dates = new int[_columns];
        var old = new int[_columns];
        foreach (var (start, end, c) in _cells)
        {
            if (hints[c] == FieldHint.FreeText && names[_tableOfColumn[c]] && DateCells.YearOf(text.AsSpan(start, end - start)) is var year and > 0)
            {
                dates[c]++;
                old[c] += year <= latest - BirthYearsBefore ? 1 : 0;
            }
        }

        for (var column = 0; column < _columns; column++)
        {
            if (dates[column] >= 2 && dates[column] * 2 >= cellsOf[column] && old[column] * 3 >= dates[column] * 2)
            {
                hints[column] = FieldHint.DateOfBirth;
            }
        }
    }

    /// <summary>In a table of people, a column of single words shaped like logins of which at least half hold a part of a
    /// name the text gives ("barbierilu", "joao1956", "ilse.jansen" beside Lucia Barbieri, João Martins, Ilse Jansen): the
    /// accounts of those people, its other cells too.</summary>
    private void TypeLoginColumns(string text, ReadOnlySpan<Finding> scanned, FieldHint[] hints, bool[] names, int[] cellsOf)
    {
        var parts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in scanned)
        {
            if (f.Type == PiiType.Person)
            {
                foreach (var range in text.AsSpan(f.Start, f.End - f.Start).SplitAny(" ,.-'’"))
                {
                    var word = text.AsSpan(f.Start, f.End - f.Start)[range];
                    if (word.Length >= 4)
                    {
                        parts.Add(Fold(word));
                    }
                }
            }
        }

        if (parts.Count == 0)
        {
            return;
        }

        var logins = new int[_columns];
        foreach (var (start, end, c) in _cells)
        {
            var cell = text.AsSpan(start, end - start);
            if (hints[c] == FieldHint.FreeText && names[_tableOfColumn[c]] && IsLoginShaped(cell))
            {
                var folded = Fold(cell);
                logins[c] += parts.Any(p => folded.Contains(p, StringComparison.Ordinal)) ? 1 : 0;
            }
        }

        for (var column = 0; column < _columns; column++)
        {
            if (logins[column] >= 2 && logins[column] * 2 >= cellsOf[column])
            {
                hints[column] = FieldHint.Username;
            }
        }
    }

    private static bool IsLoginShaped(ReadOnlySpan<char> cell) =>
        cell.Length is >= 4 and <= 40 && !cell.ContainsAnyExcept(LoginChars) && cell.ContainsAnyInRange('a', 'z') && !Shapes.IsIPv4(cell, out _);

    private static readonly System.Buffers.SearchValues<char> LoginChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-");

    /// <summary>Lowercase without diacritics (João → joao, Łukasz → lukasz), as logins are written.</summary>
    private static string Fold(ReadOnlySpan<char> word)
    {
        var decomposed = word.ToString().ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD);
        var folded = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c switch { 'ł' => 'l', 'ø' => 'o', 'ß' => 's', 'đ' => 'd', _ => c });
            }
        }

        return folded.ToString();
    }

    /// <summary>The personal type the token rules found in [start, end) when the whole cell fits it: the covering
    /// finding's type, or that of a finding inside the cell ("Joanna" in "Joanna JABŁOŃSKA").</summary>
    private static PiiType? TypeIn(string text, ReadOnlySpan<Finding> sorted, int start, int end)
    {
        if (CoveringType(sorted, start, end) is { } covering)
        {
            return covering;
        }

        int lo = 0, hi = sorted.Length - 1, first = sorted.Length;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].Start >= start)
            {
                first = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        if (first < sorted.Length && sorted[first].End <= end)
        {
            var type = sorted[first].Type;
            var hint = HintOf(type);
            return hint != FieldHint.FreeText && FieldTyping.Fits(hint, text.AsSpan(start, end - start)) ? type : null;
        }

        return null;
    }
}
