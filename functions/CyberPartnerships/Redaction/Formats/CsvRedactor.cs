using System.Text;

namespace CyberPartnerships.Redaction;

/// <summary>
/// Redacts CSV (RFC 4180) by column and cell: the first record is the header, each column's name gives the hint for
/// its cells (<see cref="FieldHints"/>; unknown columns are free text); the header's own cells are then redacted as
/// free text (a column named by an e-mail address). The output keeps
/// the delimiter (comma or semicolon, sniffed from the header), the line endings and the quoting of every cell; a
/// cell is newly quoted only when its redacted value needs it. An unterminated quote is a parse error.
/// </summary>
internal static class CsvRedactor
{
    public static string Redact(string text, TextRedactor redactor, RedactionCounts counts)
    {
        var delimiter = SniffDelimiter(text);
        var output = new StringBuilder(text.Length + 64);
        FieldHint[]? hints = null;
        var position = 0;
        var record = new List<(string Value, bool Quoted)>();
        while (position < text.Length)
        {
            record.Clear();
            var terminator = ReadRecord(text, ref position, delimiter, record);
            if (hints is null)
            {
                // The header types its columns as written; then its cells are text like any other (an e-mail as a column name).
                hints = record.Select(c => FieldHints.ForName(c.Value)).ToArray();
                for (var i = 0; i < record.Count; i++)
                {
                    record[i] = (redactor.Redact(record[i].Value, counts), record[i].Quoted);
                }

                WriteRecord(output, record, delimiter);
            }
            else
            {
                for (var i = 0; i < record.Count; i++)
                {
                    var hint = i < hints.Length ? hints[i] : FieldHint.FreeText;
                    var (value, quoted) = record[i];
                    record[i] = (hint == FieldHint.Indicator ? value : redactor.Redact(value, counts, hint), quoted);
                }

                WriteRecord(output, record, delimiter);
            }

            output.Append(terminator);
        }

        return output.ToString();
    }

    private static char SniffDelimiter(string text)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == '\n' || c == '\r'))
            {
                break;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    /// <summary>Reads one record from <paramref name="position"/>; returns its line terminator ("", "\n", "\r\n" or "\r").</summary>
    private static string ReadRecord(string text, ref int position, char delimiter, List<(string, bool)> record)
    {
        var cell = new StringBuilder();
        while (true)
        {
            cell.Clear();
            var quoted = position < text.Length && text[position] == '"';
            if (quoted)
            {
                position++;
                while (true)
                {
                    if (position >= text.Length)
                    {
                        throw new DocumentRedactionException(DocumentRedactionException.ParseError, $"The CSV has an unterminated quoted cell (record {record.Count + 1}).");
                    }

                    var c = text[position++];
                    if (c == '"')
                    {
                        if (position < text.Length && text[position] == '"')
                        {
                            cell.Append('"');
                            position++;
                            continue;
                        }

                        break;
                    }

                    cell.Append(c);
                }

                if (position < text.Length && text[position] != delimiter && text[position] != '\r' && text[position] != '\n')
                {
                    throw new DocumentRedactionException(DocumentRedactionException.ParseError, "The CSV has text after a closing quote.");
                }
            }
            else
            {
                while (position < text.Length && text[position] != delimiter && text[position] != '\r' && text[position] != '\n')
                {
                    cell.Append(text[position++]);
                }
            }

            record.Add((cell.ToString(), quoted));
            if (position >= text.Length)
            {
                return string.Empty;
            }

            var next = text[position++];
            if (next == delimiter)
            {
                continue;
            }

            if (next == '\r' && position < text.Length && text[position] == '\n')
            {
                position++;
                return "\r\n";
            }

            return next.ToString();
        }
    }

    private static void WriteRecord(StringBuilder output, List<(string Value, bool Quoted)> record, char delimiter)
    {
        for (var i = 0; i < record.Count; i++)
        {
            if (i > 0)
            {
                output.Append(delimiter);
            }

            var (value, quoted) = record[i];
            if (quoted || value.AsSpan().IndexOfAny(['"', delimiter, '\r', '\n']) >= 0)
            {
                output.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                output.Append(value);
            }
        }
    }
}
