using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using CyberPartnerships.Redaction.Normalization;
using CyberPartnerships.Redaction.Recognizers;
using CyberPartnerships.Redaction.Structure;

namespace CyberPartnerships.Redaction;

/// <summary>
/// Finds and replaces personal data in text (English, Spanish, Portuguese, Dutch, French, German): person names,
/// e-mail addresses, phone numbers, payment cards, IBANs, national ids, dates of birth, victims' IP addresses,
/// usernames, passwords and postal addresses; indicators of compromise are kept. Public surface (used by the
/// structure-aware redactors and the sharing pipeline): the constructor, <see cref="Version"/>, <see cref="Mode"/>,
/// <see cref="KeyId"/> and <see cref="Redact"/>. Thread-safe: each thread reuses its own scanner.
/// </summary>
public sealed partial class TextRedactor
{
    public const string Version = "1.0.0";

    private static readonly string[] Labels =
        ["PERSON", "EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "NATIONAL_ID", "DATE_OF_BIRTH", "IP_ADDRESS", "USERNAME", "PASSWORD", "POSTAL_ADDRESS"];

    private static readonly string[] LabelTexts = Labels.Select(l => $"[{l}]").ToArray();

    /// <summary>C0 controls but tab, line feed and carriage return; DEL; C1 controls (see <see cref="ScanCopy"/>).</summary>
    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Where(c => (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c >= 0x7F).Select(c => (char)c)]);

    [ThreadStatic]
    private static TextScanner? t_scanner;

    private readonly PseudonymKey? _key;

    public TextRedactor(RedactionMode mode = RedactionMode.TypeLabel, PseudonymKey? key = null)
    {
        if (mode == RedactionMode.Pseudonym && key is null)
        {
            throw new ArgumentException("Pseudonym mode needs a pseudonym key.", nameof(key));
        }

        Mode = mode;
        _key = key;
    }

    public RedactionMode Mode { get; }

    public string? KeyId => _key?.KeyId;

    /// <summary>The label of a type in replacements, e.g. <c>CREDIT_CARD</c>.</summary>
    public static string Label(PiiType type) => Labels[(int)type];

    /// <summary>Returns <paramref name="text"/> with its personal data replaced; adds what it replaced to <paramref name="counts"/>.</summary>
    public string Redact(string text, RedactionCounts counts, FieldHint hint = FieldHint.FreeText)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(counts);
        if (hint == FieldHint.Indicator || text.Length == 0)
        {
            return text;
        }

        if (hint is not (FieldHint.FreeText or FieldHint.PublicText))
        {
            return RedactWhole(text, counts, hint);
        }

        var findings = Find(text, null, hint == FieldHint.PublicText);
        return findings.Count == 0 ? text : Apply(text, findings, counts);
    }

    /// <summary>The stages in order: control characters read as spaces, obfuscations undone
    /// (<see cref="TextNormalizer"/>), the document's structure read (<see cref="TextStructure"/>), the token rules
    /// (<see cref="TextScanner"/>), the structure's types applied, the values the document states elsewhere sought;
    /// the findings are spans of <paramref name="text"/>. In <paramref name="publicText"/> (<see cref="FieldHint.PublicText"/>)
    /// only the findings of a type personal by its own form are taken, and the document's values.</summary>
    private static List<Finding> Find(string text, PersonalValues? known, bool publicText = false)
    {
        var normalized = TextNormalizer.Normalize(ScanCopy(text), out var map);
        var structure = t_structure ??= new TextStructure();
        var scanned = structure.Read(normalized);
        var findings = (t_scanner ??= new TextScanner()).Scan(scanned);
        if (publicText)
        {
            // The names and logins a label gives are not a victim's here (an author, a researcher): not sought further.
            PersonalValues? labelled = null;
            structure.Apply(normalized, findings, ref labelled);
            findings.RemoveAll(static f => !IsPersonalByForm(f.Type));
        }
        else
        {
            structure.Apply(normalized, findings, ref known);
            BirthDatesAfterNames.Add(normalized, findings);
            StreetAddresses.Add(normalized, findings);
            FailClosed.Add(normalized, findings);
            LetterHeads.Add(normalized, findings);
        }

        if (known is not null && !known.IsEmpty)
        {
            known.FindIn(normalized, findings);
        }

        if (map is not null)
        {
            for (var k = 0; k < findings.Count; k++)
            {
                var f = findings[k];
                var (start, end) = TextNormalizer.ToOriginal(map, f.Start, f.End);
                findings[k] = f with { Start = start, End = end };
            }
        }

        return findings;
    }

    [ThreadStatic]
    private static TextStructure? t_structure;

    /// <summary>The types whose values are personal wherever they stand, by their form or checksum: in public text a
    /// name, a login, a password, an address, a date or an IP address is only known to be a victim's from its context,
    /// which public knowledge does not give.</summary>
    private static bool IsPersonalByForm(PiiType type) =>
        type is PiiType.Email or PiiType.Phone or PiiType.CreditCard or PiiType.Iban or PiiType.NationalId;

    /// <summary>Control characters (C0 but tab, line feed and carriage return; DEL; C1) separate words as a space
    /// does: <c>jane.doe@victim.example\0</c> is an address followed by a NUL. The scanner reads a copy of the same
    /// length with each of them as a space, so its findings are positions in <paramref name="text"/>, whose own
    /// characters (the control characters too) are what the output keeps around the replacements.</summary>
    private static string ScanCopy(string text)
    {
        var first = text.AsSpan().IndexOfAny(Controls);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
            {
                if (Controls.Contains(span[i]))
                {
                    span[i] = ' ';
                }
            }
        });
    }

    /// <summary>As <see cref="Redact(string, RedactionCounts, FieldHint)"/>; in free text, also replaces the personal
    /// values the document states in its own structure (a victim's login in a path, an individual's surname).</summary>
    internal string Redact(string text, RedactionCounts counts, FieldHint hint, PersonalValues? known)
    {
        if (known is null || known.IsEmpty || hint is not (FieldHint.FreeText or FieldHint.PublicText) || text.Length == 0)
        {
            return Redact(text, counts, hint);
        }

        ArgumentNullException.ThrowIfNull(counts);
        var findings = Find(text, known, hint == FieldHint.PublicText);
        return findings.Count == 0 ? text : Apply(text, findings, counts);
    }

    private string RedactWhole(string text, RedactionCounts counts, FieldHint hint)
    {
        var value = text.AsSpan().Trim();
        if (value.IsEmpty)
        {
            return text;
        }

        var type = TextStructure.TypeOf(hint);
        counts.Add(type);
        var start = text.Length - text.AsSpan().TrimStart().Length;
        return string.Concat(text.AsSpan(0, start), Replacement(type, value), text.AsSpan(start + value.Length));
    }

    private string Apply(string text, List<Finding> findings, RedactionCounts counts)
    {
        if (!IsSorted(findings))
        {
            findings.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        }

        // Overlapping findings merge into (start, end, replacement) runs; the result is written in one allocation.
        var all = CollectionsMarshal.AsSpan(findings);
        var length = text.Length;
        if (Mode == RedactionMode.TypeLabel)
        {
            // Type labels need no list of runs: one pass for the length and the counts, the same pass again to write.
            for (int k = 0, pos = 0; k < all.Length;)
            {
                var (start, end, type) = NextRun(all, ref k, ref pos);
                length += LabelTexts[(int)type].Length - (end - start);
                counts.Add(type);
            }

            return string.Create(length, (text, findings), static (span, state) =>
            {
                var (source, list) = state;
                var runs = CollectionsMarshal.AsSpan(list);
                var to = 0;
                var pos = 0;
                for (var k = 0; k < runs.Length;)
                {
                    var from = pos;
                    var (start, end, type) = NextRun(runs, ref k, ref pos);
                    source.AsSpan(from, start - from).CopyTo(span[to..]);
                    to += start - from;
                    LabelTexts[(int)type].CopyTo(span[to..]);
                    to += LabelTexts[(int)type].Length;
                }

                source.AsSpan(pos).CopyTo(span[to..]);
            });
        }

        var pseudonyms = t_runs ??= [];
        pseudonyms.Clear();
        for (int k = 0, pos = 0; k < all.Length;)
        {
            var (start, end, type) = NextRun(all, ref k, ref pos);
            var replacement = Replacement(type, text.AsSpan(start, end - start));
            pseudonyms.Add((start, end, replacement));
            length += replacement.Length - (end - start);
            counts.Add(type);
        }

        return string.Create(length, (text, pseudonyms), static (span, state) =>
        {
            var (source, list) = state;
            var from = 0;
            var to = 0;
            foreach (var (start, end, replacement) in list)
            {
                source.AsSpan(from, start - from).CopyTo(span[to..]);
                to += start - from;
                replacement.CopyTo(span[to..]);
                to += replacement.Length;
                from = end;
            }

            source.AsSpan(from).CopyTo(span[to..]);
        });
    }

    /// <summary>The run starting at finding <paramref name="k"/>: it and the findings overlapping it, from the end of
    /// the previous run (<paramref name="pos"/>) on, as the type of its first finding; advances both.</summary>
    private static (int Start, int End, PiiType Type) NextRun(ReadOnlySpan<Finding> findings, ref int k, ref int pos)
    {
        var f = findings[k];
        var end = f.End;
        while (k + 1 < findings.Length && findings[k + 1].Start < end)
        {
            end = Math.Max(end, findings[++k].End);
        }

        k++;
        var start = Math.Max(f.Start, pos);
        pos = end;
        return (start, end, f.Type);
    }

    [ThreadStatic]
    private static List<(int Start, int End, string Replacement)>? t_runs;

    private static bool IsSorted(List<Finding> findings)
    {
        for (var k = 1; k < findings.Count; k++)
        {
            if (findings[k].Start < findings[k - 1].Start)
            {
                return false;
            }
        }

        return true;
    }

    private string Replacement(PiiType type, ReadOnlySpan<char> value)
    {
        if (Mode == RedactionMode.TypeLabel)
        {
            return LabelTexts[(int)type];
        }

        var label = Labels[(int)type];
        var data = Encoding.UTF8.GetBytes($"{label}:{Canonical.Of(type, value)}");
        var mac = HMACSHA256.HashData(_key!.Key, data);
        return $"[{label}:{Convert.ToHexStringLower(mac.AsSpan(0, 4))}]";
    }
}
