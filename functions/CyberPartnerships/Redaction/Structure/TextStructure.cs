namespace CyberPartnerships.Redaction.Structure;

/// <summary>A value the document's structure types: a table cell under its header, the answer after a form label
/// or a question, the name under a closing formula.</summary>
internal readonly record struct Field(int Start, int End, FieldHint Hint, FieldSource Source)
{
    /// <summary>Where the header, label or question that typed the value is (for <c>--explain</c>).</summary>
    public (int Start, int End) Evidence { get; init; }
}

internal enum FieldSource : byte
{
    Column,
    Label,
    NextLine,
    Question,
    Signature,
    Quote,
    ColumnMajority,
    Greeting,
    Speaker,
}

/// <summary>
/// The structure-first pass of the text redactor. Before the token rules run it recognises tables (any of
/// <c>| ; , tab</c> as separator, with or without a header row, markdown included), form labels (<c>Label: value</c>,
/// or the label on one line and the value on the next), questions and their answers (forms, chats with speakers and
/// timestamps), closing formulas before a signature and quoted-reply headers, and types the values by their column,
/// label or question. Table cells are made separate lines in the scanner's copy, so that one cell's value is not read
/// as another's context or as a <c>user|password</c> pair. After the scan, typed values the scanner did not take are
/// replaced as their type (when their shape fits it), a value typed as an indicator keeps its clear form, and a column
/// whose values are mostly of one personal type has its other values taken as that type too.
/// An instance is reused by one thread at a time.
/// </summary>
internal sealed partial class TextStructure
{
    private readonly List<Field> _fields = [];
    private readonly List<(int Start, int End, int Column)> _cells = [];
    private readonly List<(int Start, int End)> _lines = [];
    private int _columns;

    /// <summary>For each column (numbered across the text's tables), its table; for each table, whether a header typed
    /// one of its columns as names.</summary>
    private readonly List<int> _tableOfColumn = [];
    private readonly List<bool> _tableHasNames = [];

    public IReadOnlyList<Field> Fields => _fields;

    /// <summary>Reads the structure of <paramref name="text"/> (the scanner's copy); returns the copy the scanner
    /// reads, with table separators turned into line breaks.</summary>
    public string Read(string text)
    {
        _fields.Clear();
        _cells.Clear();
        _indicators.Clear();
        _lines.Clear();
        _columns = 0;
        _tableOfColumn.Clear();
        _tableHasNames.Clear();
        if (text.AsSpan().IndexOfAny(":|;,\t?\n—") < 0)
        {
            return text;
        }

        SplitLines(text);
        char[]? copy = null;
        var inTable = ReadTables(text, ref copy);
        ReadLines(text, inTable);
        return copy is null ? text : new string(copy);
    }

    private void SplitLines(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            var e = end > start && text[end - 1] == '\r' ? end - 1 : end;
            _lines.Add((start, e));
            if (nl < 0)
            {
                break;
            }

            start = nl + 1;
        }
    }

    private ReadOnlySpan<char> Line(string text, int k) => text.AsSpan(_lines[k].Start, _lines[k].End - _lines[k].Start);

    /// <summary>Applies the fields to the scanner's findings (positions in the copy the scanner read).</summary>
    public void Apply(string text, List<Finding> findings, ref PersonalValues? known)
    {
        if (_fields.Count == 0 && _cells.Count == 0)
        {
            CriminalSenders.KeepCriminalSenders(text, findings, _fields);
            return;
        }

        // The scanner's findings are sorted and do not overlap: a value is looked up among them by binary search. The
        // span keeps the list's array of now: what is added below goes after them, or into a larger array.
        ReadOnlySpan<Finding> scanned = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(findings);
        if (_cells.Count > 0)
        {
            TypeColumnsByMajority(text, scanned);
        }

        foreach (var field in _fields)
        {
            if (field.Hint == FieldHint.Indicator)
            {
                AddIndicator(text, field);
                continue;
            }

            var value = text.AsSpan(field.Start, field.End - field.Start);
            if (!FieldTyping.Fits(field.Hint, value) || CoveringType(scanned, field.Start, field.End) is not null)
            {
                continue;
            }

            var type = TypeOf(field.Hint);
            findings.Add(new Finding(field.Start, field.End, type));
            if (type == PiiType.Person)
            {
                (known ??= new PersonalValues()).AddName(value.ToString());
            }
            else if (type == PiiType.Username)
            {
                (known ??= new PersonalValues()).AddLogin(value.ToString());
            }
        }

        if (_indicators.Count > 0)
        {
            KeepIndicators(findings);
        }

        CriminalSenders.KeepCriminalSenders(text, findings, _fields);
    }

    private readonly List<(int Start, int End)> _indicators = [];

    /// <summary>An indicator's cell or label holding one value (no spaces): the types the scanner decides by context
    /// (a victim's IP, a login, a name, an address) do not apply to it; checksummed and shaped values (cards, IBANs,
    /// e-mails) still do.</summary>
    private void AddIndicator(string text, Field field)
    {
        var value = text.AsSpan(field.Start, field.End - field.Start);
        if (value.IndexOfAny(" \t") < 0 || Shapes.IsIPv4(value, out _))
        {
            _indicators.Add((field.Start, field.End));
        }
    }

    private void KeepIndicators(List<Finding> findings)
    {
        _indicators.Sort();
        var spans = _indicators;
        findings.RemoveAll(f => f.Type is PiiType.IpAddress or PiiType.Username or PiiType.Password or PiiType.PostalAddress or PiiType.Person or PiiType.DateOfBirth &&
            Inside(spans, f.Start, f.End));
        _indicators.Clear();
    }

    private static bool Inside(List<(int Start, int End)> sorted, int start, int end)
    {
        int lo = 0, hi = sorted.Count - 1, at = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].Start <= start)
            {
                at = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return at >= 0 && sorted[at].End >= end;
    }

    /// <summary>The type of the finding that covers [start, end), among sorted, non-overlapping findings.</summary>
    private static PiiType? CoveringType(ReadOnlySpan<Finding> sorted, int start, int end)
    {
        int lo = 0, hi = sorted.Length - 1, at = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].Start <= start)
            {
                at = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return at >= 0 && sorted[at].End >= end ? sorted[at].Type : null;
    }

    /// <summary>The personal type a field hint replaces its value as (also <see cref="TextRedactor"/>'s whole-value hints).</summary>
    public static PiiType TypeOf(FieldHint hint) => hint switch
    {
        FieldHint.PersonName => PiiType.Person,
        FieldHint.Email => PiiType.Email,
        FieldHint.Phone => PiiType.Phone,
        FieldHint.Username => PiiType.Username,
        FieldHint.Password => PiiType.Password,
        FieldHint.PostalAddress => PiiType.PostalAddress,
        FieldHint.VictimIp => PiiType.IpAddress,
        FieldHint.DateOfBirth => PiiType.DateOfBirth,
        FieldHint.NationalId => PiiType.NationalId,
        _ => throw new ArgumentOutOfRangeException(nameof(hint), hint, "Unknown field hint."),
    };

    private static FieldHint HintOf(PiiType type) => type switch
    {
        PiiType.Person => FieldHint.PersonName,
        PiiType.Email => FieldHint.Email,
        PiiType.Phone => FieldHint.Phone,
        PiiType.Username => FieldHint.Username,
        PiiType.Password => FieldHint.Password,
        PiiType.PostalAddress => FieldHint.PostalAddress,
        PiiType.IpAddress => FieldHint.VictimIp,
        PiiType.DateOfBirth => FieldHint.DateOfBirth,
        PiiType.NationalId => FieldHint.NationalId,
        _ => FieldHint.FreeText,
    };
}
