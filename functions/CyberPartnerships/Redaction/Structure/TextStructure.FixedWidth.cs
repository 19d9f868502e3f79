namespace CyberPartnerships.Redaction.Structure;

/// <summary>Fixed-width tables: columns parted by runs of spaces, padded and aligned with their header.</summary>
internal sealed partial class TextStructure
{
    /// <summary>The separator of fixed-width rows, which no text holds: runs of two spaces or more part their cells.</summary>
    private const char SpaceRun = '\u001F';

    /// <summary>A fixed-width table from line <paramref name="k"/>: a header of three cells or more parted by two
    /// spaces or more, and at least two rows with as many cells, most of them starting in the header's columns (so
    /// double-spaced prose is not a table); rules of dashes may sit between. Returns the line after the table, or 0.</summary>
    private int FixedWidthEnd(string text, int k, out int cells)
    {
        Span<int> header = stackalloc int[32];
        cells = CellStarts(Line(text, k), header);
        if (cells < 3 || !Padded(Line(text, k)))
        {
            return 0;
        }

        Span<int> row = stackalloc int[32];
        var rows = 0;
        var end = k + 1;
        for (; end < _lines.Count; end++)
        {
            var line = Line(text, end);
            if (IsRule(line) && !line.IsWhiteSpace())
            {
                continue;
            }

            // A value wider than its column joins the next with one space: a row may have a cell or two fewer.
            var count = CellStarts(line, row);
            if (count > cells || count < Math.Max(2, cells - 2) || !Padded(line))
            {
                break;
            }

            var aligned = 0;
            for (var c = 0; c < count; c++)
            {
                aligned += header[..cells].Contains(row[c]) ? 1 : 0;
            }

            if (aligned * 2 < cells)
            {
                break;
            }

            rows++;
        }

        if (rows < 2)
        {
            return 0;
        }

        _fixedColumns = header[..cells].ToArray();
        return end;
    }

    /// <summary>The columns where the cells of the fixed-width table being read start (its header's).</summary>
    private int[] _fixedColumns = [];

    /// <summary>A fixed-width row's cells in its header's columns: each cell in the column it starts in, a column no
    /// cell starts in empty.</summary>
    private List<(int Start, int End)> InColumns(int lineStart, List<(int Start, int End)> cells)
    {
        if (cells.Count == _fixedColumns.Length)
        {
            return cells;
        }

        var placed = new List<(int Start, int End)>(_fixedColumns.Length);
        for (var c = 0; c < _fixedColumns.Length; c++)
        {
            placed.Add((0, 0));
        }

        foreach (var cell in cells)
        {
            var column = 0;
            while (column + 1 < _fixedColumns.Length && _fixedColumns[column + 1] <= cell.Start - lineStart)
            {
                column++;
            }

            if (placed[column].End == 0)
            {
                placed[column] = cell;
            }
        }

        return placed;
    }

    /// <summary>Whether a line pads a cell to its column's width: three spaces or more in a row somewhere (text with
    /// every space doubled is not a table).</summary>
    private static bool Padded(ReadOnlySpan<char> line) => line.TrimStart(' ').Contains("   ", StringComparison.Ordinal);

    /// <summary>The columns where the cells of a line start, cells being parted by two spaces or more; their count (0
    /// when a tab, pipe or other separator is on the line, or more than <paramref name="starts"/> holds).</summary>
    private static int CellStarts(ReadOnlySpan<char> line, Span<int> starts)
    {
        if (line.IndexOfAny(SeparatorChars) >= 0 && line.IndexOfAny('|', '\t') >= 0)
        {
            return 0;
        }

        var count = 0;
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            if (i >= line.Length || line[i] == '\r')
            {
                break;
            }

            if (count == starts.Length)
            {
                return 0;
            }

            starts[count++] = i;
            while (i < line.Length && !(line[i] == ' ' && i + 1 < line.Length && line[i + 1] == ' '))
            {
                i++;
            }
        }

        return count;
    }
}
