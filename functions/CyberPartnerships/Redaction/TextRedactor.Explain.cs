using CyberPartnerships.Redaction.Normalization;
using CyberPartnerships.Redaction.Recognizers;
using CyberPartnerships.Redaction.Structure;

namespace CyberPartnerships.Redaction;

/// <summary>One decision of the redactor on a value of a text: what it did, which stage decided, and on what evidence.</summary>
public sealed record RedactionDecision(int Start, int End, string Value, string Decision, string? Type, string Recognizer, string Evidence);

public sealed partial class TextRedactor
{
    /// <summary>
    /// The decisions behind <see cref="Redact(string, RedactionCounts, FieldHint)"/> on <paramref name="text"/>, in text
    /// order: each replaced value with the stage that took it (the structure pass with the column header, label or
    /// question; the token rules with the cue word before the value or the checksum or shape that recognised it), and
    /// the values kept although they have a personal type's shape (an indicator's field, a criminal sender, an IP address
    /// in an infrastructure context). Slower than redacting: for analysts (<c>cyberpartners redact --explain</c>).
    /// </summary>
    public IReadOnlyList<RedactionDecision> Explain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(ScanCopy(text), out var map);
        var structure = new TextStructure();
        var scanned = structure.Read(normalized);
        var byRules = new TextScanner().Scan(scanned);
        var ruleFindings = byRules.ToArray();
        PersonalValues? known = null;
        structure.Apply(normalized, byRules, ref known);
        var beforeDates = byRules.Count;
        BirthDatesAfterNames.Add(normalized, byRules);
        var afterNames = byRules.Skip(beforeDates).ToHashSet();
        var beforeStreets = byRules.Count;
        StreetAddresses.Add(normalized, byRules);
        var streets = byRules.Where(f => f.Type == PiiType.PostalAddress).Except(byRules.Take(beforeStreets)).ToHashSet();
        var beforeStrict = byRules.Count;
        FailClosed.Add(normalized, byRules);
        var strict = byRules.Skip(beforeStrict).ToHashSet();
        var beforeLetter = byRules.Count;
        LetterHeads.Add(normalized, byRules);
        var letterHead = byRules.Skip(beforeLetter).ToHashSet();
        known?.FindIn(normalized, byRules);
        var decisions = new List<RedactionDecision>();

        (int Start, int End) Original(int start, int end) => map is null ? (start, end) : TextNormalizer.ToOriginal(map, start, end);
        string Quote(int start, int end) => normalized.AsSpan(start, end - start).Trim().ToString().ReplaceLineEndings(" ");
        void Add(int start, int end, string decision, PiiType? type, string recognizer, string evidence)
        {
            var (s, e) = Original(start, end);
            decisions.Add(new RedactionDecision(s, e, text[s..e], decision, type is { } t ? Label(t) : null, recognizer, evidence));
        }

        foreach (var f in byRules)
        {
            var field = structure.Fields.FirstOrDefault(x => x.Start == f.Start && x.End == f.End && x.Hint != FieldHint.Indicator);
            if (field != default && !Array.Exists(ruleFindings, r => r.Start <= f.Start && r.End >= f.End))
            {
                Add(f.Start, f.End, "redacted", f.Type, "structure", FieldEvidence(field, Quote));
            }
            else if (Array.Exists(ruleFindings, r => r == f))
            {
                var also = structure.Fields.FirstOrDefault(x => x.Start <= f.Start && x.End >= f.End && x.Hint != FieldHint.Indicator);
                Add(f.Start, f.End, "redacted", f.Type, "token rules",
                    RuleEvidence(normalized, f) + (also != default ? $"; the structure agrees: {FieldEvidence(also, Quote)}" : ""));
            }
            else if (streets.Contains(f))
            {
                Add(f.Start, f.End, "redacted", f.Type, "structure", "a street address by its shape: street type, name and house number");
            }
            else if (letterHead.Contains(f))
            {
                Add(f.Start, f.End, "redacted", f.Type, "structure", "a letter's sender block: name, street and a postcode line");
            }
            else if (strict.Contains(f))
            {
                Add(f.Start, f.End, "redacted", f.Type, "fail-closed",
                    "a passage in a language without cue tables: the value is taken by its form alone");
            }
            else if (afterNames.Contains(f))
            {
                Add(f.Start, f.End, "redacted", f.Type, "structure", "a date right after a name, 14 years or more before the text's latest year");
            }
            else
            {
                Add(f.Start, f.End, "redacted", f.Type, "document values", "another mention of a value found in this document");
            }
        }

        foreach (var r in ruleFindings)
        {
            if (!byRules.Contains(r))
            {
                var field = structure.Fields.FirstOrDefault(x => x.Hint == FieldHint.Indicator && x.Start <= r.Start && x.End >= r.End);
                Add(r.Start, r.End, "kept", r.Type, "structure",
                    field != default ? $"indicator {FieldEvidence(field, Quote)}" : "criminal sender: an indicator field, a sender cue or its domain as infrastructure in the text");
            }
        }

        foreach (var (start, end) in UnredactedIps(normalized, byRules))
        {
            if (!decisions.Exists(d => d.Start == Original(start, end).Start))
            {
                Add(start, end, "kept", PiiType.IpAddress, "token rules", "infrastructure context (an infrastructure word or label bound to the address)");
            }
        }

        decisions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return decisions;
    }

    private static string FieldEvidence(Field field, Func<int, int, string> quote) => field.Source switch
    {
        FieldSource.Column => $"column '{quote(field.Evidence.Start, field.Evidence.End)}'",
        FieldSource.Label => $"label '{quote(field.Evidence.Start, field.Evidence.End)}'",
        FieldSource.NextLine => $"label on the line before '{quote(field.Evidence.Start, field.Evidence.End)}'",
        FieldSource.Question => $"question '{quote(field.Evidence.Start, field.Evidence.End)}'",
        FieldSource.Signature => $"name after the closing formula '{quote(field.Evidence.Start, field.Evidence.End)}'",
        FieldSource.Quote => "name in a quoted-reply header",
        FieldSource.Greeting => $"name after the greeting '{quote(field.Evidence.Start, field.Evidence.End)}'",
        FieldSource.Speaker => "a chat speaker's name",
        _ => $"most cells of its column are {Label(TextStructure.TypeOf(field.Hint))}",
    };

    /// <summary>What made the token rules take a value: its checksum or shape, or the nearest cue word before it on its line.</summary>
    private static string RuleEvidence(string text, Finding f)
    {
        var shape = f.Type switch
        {
            PiiType.CreditCard => "Luhn checksum and card number length",
            PiiType.Iban => "IBAN mod-97 checksum",
            PiiType.Email => "e-mail address shape",
            _ => null,
        };
        var lineStart = f.Start == 0 ? 0 : text.LastIndexOf('\n', f.Start - 1) + 1;
        var before = text.AsSpan(lineStart, f.Start - lineStart);
        var words = 0;
        foreach (var range in before.ToString().Split([' ', '\t', ':', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Reverse())
        {
            if (++words > 6)
            {
                break;
            }

            var cue = ContextWords.Of(range) & ~Cue.Function;
            if (cue != Cue.None)
            {
                return shape is null ? $"cue '{range}' ({cue})" : $"{shape}; cue '{range}'";
            }
        }

        return shape ?? f.Type switch
        {
            PiiType.Person => "name lexicon and capitalisation",
            PiiType.IpAddress => "an IP address with no infrastructure evidence bound to it (fail-closed)",
            _ => "value shape (checksum, format or position)",
        };
    }

    private static IEnumerable<(int Start, int End)> UnredactedIps(string text, List<Finding> findings)
    {
        var tokens = new Token[256];
        var count = Tokenizer.Tokenize(text, ref tokens, out _);
        for (var i = 0; i < count; i++)
        {
            var token = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (Shapes.IsIPv4(token, out var end) && !findings.Exists(f => f.Start <= tokens[i].Start && f.End >= tokens[i].Start + end))
            {
                yield return (tokens[i].Start, tokens[i].Start + end);
            }
        }
    }
}
