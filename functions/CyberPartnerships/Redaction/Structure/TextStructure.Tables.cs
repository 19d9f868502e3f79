namespace CyberPartnerships.Redaction.Structure;

/// <summary>Tables: runs of lines that one separator cuts into the same number of cells (<c>| tab ; ,</c>, and the
/// rarer <c>¦ ^ ~</c> of some exports when a line has two of them or more).</summary>
internal sealed partial class TextStructure
{
    /// <summary>Finds the tables; returns which lines belong to one (null when none does).</summary>
    private bool[]? ReadTables(string text, ref char[]? copy)
    {
        bool[]? inTable = null;
        var k = 0;
        while (k < _lines.Count)
        {
            var (sep, cells) = Shape(Line(text, k));
            if (sep == '\0')
            {
                if (FixedWidthEnd(text, k, out cells) is var last and > 0)
                {
                    inTable ??= new bool[_lines.Count];
                    ReadTable(text, k, last, SpaceRun, cells, ref copy);
                    inTable.AsSpan(k, last - k).Fill(true);
                    k = last;
                    continue;
                }

                k++;
                continue;
            }

            var end = k + 1;
            while (end < _lines.Count && (IsRule(Line(text, end)) || Shape(Line(text, end)) == (sep, cells)))
            {
                end++;
            }

            var rows = 0;
            for (var r = k; r < end; r++)
            {
                rows += IsRule(Line(text, r)) ? 0 : 1;
            }

            if (rows >= 2)
            {
                inTable ??= new bool[_lines.Count];
                ReadTable(text, k, end, sep, cells, ref copy);
                for (var r = k; r < end; r++)
                {
                    inTable[r] = true;
                }
            }

            k = end;
        }

        return inTable;
    }

    /// <summary>The separator and cell count of a line that may be a table row (one pass counts every separator
    /// outside double quotes).</summary>
    private static (char Sep, int Cells) Shape(ReadOnlySpan<char> line)
    {
        // Spaces only: a trailing tab is an empty last cell ("CVE\tCVE-2020-2309\tname\t"), not the end of the row.
        var trimmed = line.Trim(" \r".AsSpan());
        if (trimmed.Length < 3 || trimmed.IndexOfAny(SeparatorChars) < 0 || IsRule(trimmed))
        {
            return ('\0', 0);
        }

        int pipes = 0, tabs = 0, semicolons = 0, commas = 0, rare = 0;
        var rareSep = '\0';
        var quoted = false;
        var inner = trimmed.Trim('|');
        foreach (var c in inner)
        {
            switch (c)
            {
                case '"': quoted = !quoted; break;
                case '|' when !quoted: pipes++; break;
                case '\t' when !quoted: tabs++; break;
                case ';' when !quoted: semicolons++; break;
                case ',' when !quoted: commas++; break;
                case '¦' or '^' or '~' when !quoted && (rareSep == '\0' || rareSep == c): rareSep = c; rare++; break;
            }
        }

        return pipes >= 1 ? ('|', pipes + 1) : tabs >= 1 ? ('\t', tabs + 1) : semicolons >= 2 ? (';', semicolons + 1) :
            rare >= 2 ? (rareSep, rare + 1) : commas >= 2 && ShortCells(trimmed) ? (',', commas + 1) : ('\0', 0);
    }

    private static readonly System.Buffers.SearchValues<char> SeparatorChars = System.Buffers.SearchValues.Create("|\t;,¦^~");

    /// <summary>Cells of a comma-separated row are short (at most 6 words each): prose with commas is not a table.</summary>
    private static bool ShortCells(ReadOnlySpan<char> line)
    {
        var words = 0;
        var previous = ',';
        foreach (var c in line)
        {
            if (c == ',')
            {
                words = 0;
            }
            else if (c == ' ' && previous != ' ' && ++words > 6)
            {
                // Words, not spaces: "18  de  julho  de  2025" is five words however many spaces part them.
                return false;
            }

            previous = c;
        }

        return true;
    }

    /// <summary>A markdown header rule (<c>|---|:--:|</c>) or a line of dashes.</summary>
    private static bool IsRule(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= 3 && trimmed.IndexOf('-') >= 0 && !trimmed.ContainsAnyExcept("|-:+= \t".AsSpan());
    }

    private void ReadTable(string text, int first, int end, char sep, int count, ref char[]? copy)
    {
        var rows = new List<List<(int Start, int End)>>();
        var separators = new List<int>();
        for (var r = first; r < end; r++)
        {
            if (!IsRule(Line(text, r)))
            {
                rows.Add(CellsOf(text, r, sep, separators));
            }
        }

        var header = rows[0];
        var hints = new FieldHint[count];
        var typed = 0;
        var headerRow = true;
        for (var c = 0; c < count && c < header.Count; c++)
        {
            var cell = text.AsSpan(header[c].Start, header[c].End - header[c].Start);
            headerRow &= IsHeaderCell(cell);
            hints[c] = FieldTyping.Of(cell, slips: false);
            typed += hints[c] != FieldHint.FreeText ? 1 : 0;
        }

        if (headerRow && typed > 0)
        {
            // A header row known by one of its words: its other cells may be read with a slip ("Data de nasciemnto").
            for (var c = 0; c < count && c < header.Count; c++)
            {
                if (hints[c] == FieldHint.FreeText)
                {
                    hints[c] = FieldTyping.Of(text.AsSpan(header[c].Start, header[c].End - header[c].Start));
                    typed += hints[c] != FieldHint.FreeText ? 1 : 0;
                }
            }
        }

        var keyValue = !(headerRow && typed > 0) && count == 2 && IsKeyValueTable(text, rows);
        if (count >= 3 || (headerRow && typed > 0) || keyValue)
        {
            // One cell's value is not another's context, nor a "user|password" pair: the cells become lines.
            copy ??= text.ToCharArray();
            foreach (var at in separators)
            {
                copy[at] = '\n';
            }
        }

        if (headerRow && typed > 0)
        {
            var column0 = _columns;
            for (var r = 1; r < rows.Count; r++)
            {
                for (var c = 0; c < rows[r].Count && c < count; c++)
                {
                    var (start, stop) = rows[r][c];
                    if (stop > start)
                    {
                        if (hints[c] != FieldHint.FreeText)
                        {
                            _fields.Add(new Field(start, stop, hints[c], FieldSource.Column) { Evidence = header[c] });
                        }
                        else
                        {
                            _cells.Add((start, stop, column0 + c));
                        }
                    }
                }
            }

            AddColumns(count, hints.Contains(FieldHint.PersonName));
            return;
        }

        if (keyValue)
        {
            ReadKeyValueRows(text, rows);
            return;
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Count && c < count; c++)
            {
                if (rows[r][c].End > rows[r][c].Start)
                {
                    _cells.Add((rows[r][c].Start, rows[r][c].End, _columns + c));
                }
            }
        }

        AddColumns(count, false);
    }

    private void AddColumns(int count, bool names)
    {
        for (var c = 0; c < count; c++)
        {
            _tableOfColumn.Add(_tableHasNames.Count);
        }

        _tableHasNames.Add(names);
        _columns += count;
    }

    /// <summary>A header cell holds words, not data: no address, no more digits than letters ("C2", "SHA-256" are
    /// headers; "83.24.117.9", "2026-03-01" are not).</summary>
    private static bool IsHeaderCell(ReadOnlySpan<char> cell)
    {
        var letters = 0;
        var digits = 0;
        foreach (var c in cell)
        {
            letters += char.IsLetter(c) ? 1 : 0;
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return cell.IndexOfAny('@', '`') < 0 && !cell.Contains("://", StringComparison.Ordinal) && letters >= digits && cell.Length <= 48;
    }

    /// <summary>A two-column table of labels and values (<c>| Name | Anna Nowak |</c>): each value typed by its label.</summary>
    private static bool IsKeyValueTable(string text, List<List<(int Start, int End)>> rows)
    {
        var labels = 0;
        var labelLike = 0;
        foreach (var row in rows)
        {
            var key = row.Count == 2 ? text.AsSpan(row[0].Start, row[0].End - row[0].Start) : default;
            labels += !key.IsEmpty && FieldTyping.Of(key) != FieldHint.FreeText ? 1 : 0;
            labelLike += IsLabelCell(key) ? 1 : 0;
        }

        // Half its keys known, or every key a label's words with one known ("Ticket", "Statut", "Compte concerné").
        return labels * 2 >= rows.Count || (labels > 0 && labelLike == rows.Count);
    }

    /// <summary>A cell that reads as a label: one to four words of letters (and dots, hyphens, slashes), no digits.</summary>
    private static bool IsLabelCell(ReadOnlySpan<char> cell)
    {
        if (cell.IsEmpty || cell.Length > 32 || cell.Count(' ') > 3 || !char.IsLetter(cell[0]))
        {
            return false;
        }

        foreach (var c in cell)
        {
            if (!char.IsLetter(c) && c is not (' ' or '.' or '-' or '/' or '\'' or '’'))
            {
                return false;
            }
        }

        return true;
    }

    private void ReadKeyValueRows(string text, List<List<(int Start, int End)>> rows)
    {
        foreach (var row in rows)
        {
            if (row.Count == 2 && row[1].End > row[1].Start)
            {
                var hint = FieldTyping.Of(text.AsSpan(row[0].Start, row[0].End - row[0].Start));
                if (hint != FieldHint.FreeText)
                {
                    _fields.Add(new Field(row[1].Start, row[1].End, hint, FieldSource.Column) { Evidence = row[0] });
                }
            }
        }
    }

    /// <summary>The cells of line <paramref name="k"/>, trimmed of spaces, quotes and markdown emphasis; adds the
    /// positions of the separators between them to <paramref name="separators"/>.</summary>
    private List<(int Start, int End)> CellsOf(string text, int k, char sep, List<int> separators)
    {
        var (lineStart, lineEnd) = _lines[k];
        var cells = new List<(int, int)>();
        var quoted = false;
        var cellStart = lineStart;
        var leading = true;
        for (var i = lineStart; i <= lineEnd; i++)
        {
            var c = i < lineEnd ? text[i] : sep;
            if (sep == SpaceRun)
            {
                // Two spaces or more part the cells of a fixed-width row; the first of them is the separator.
                if (i < lineEnd && (c != ' ' || i + 1 >= lineEnd || text[i + 1] != ' ' || i == cellStart))
                {
                    continue;
                }

                if (i < lineEnd)
                {
                    separators.Add(i);
                }

                cells.Add(Trim(text, cellStart, i));
                while (i + 1 < lineEnd && text[i + 1] == ' ')
                {
                    i++;
                }

                cellStart = i + 1;
                continue;
            }

            if (c == '"')
            {
                quoted = !quoted;
                continue;
            }

            if (c != sep || (quoted && i < lineEnd))
            {
                continue;
            }

            if (i < lineEnd)
            {
                separators.Add(i);
            }

            var cell = Trim(text, cellStart, i);
            if (!(sep == '|' && leading && cell.Start == cell.End) && !(sep == '|' && i == lineEnd && cell.Start == cell.End))
            {
                cells.Add(cell);
            }

            leading = false;
            cellStart = i + 1;
        }

        return sep == SpaceRun ? InColumns(lineStart, cells) : cells;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '"' or '*' or '`'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '"' or '*' or '`' or ',' or ';' or '!' ||
            (text[end - 1] == '.' && end - start > 3 && char.IsLetter(text[end - 2]) && char.IsLetter(text[end - 3]))))
        {
            end--;
        }

        return (start, end);
    }
}
