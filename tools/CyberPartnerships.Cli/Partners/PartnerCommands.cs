using System.CommandLine;
using System.Text.Json;
using CyberPartnerships.Partners;

namespace CyberPartnerships.Cli.Partners;

/// <summary><c>cyberpartners partner add|list|suspend|resume|key issue|key revoke</c>.</summary>
public static class PartnerCommands
{
    public static Command Create(CliContext context)
    {
        var partner = new Command("partner", "Manage partners of the partnership and their API keys.");
        partner.Subcommands.Add(Add(context));
        partner.Subcommands.Add(List(context));
        partner.Subcommands.Add(SetStatus(context, "suspend", PartnerStatus.Suspended, "Suspend a partner: its API keys are refused until it is resumed."));
        partner.Subcommands.Add(SetStatus(context, "resume", PartnerStatus.Active, "Resume a suspended partner."));
        var key = new Command("key", "Issue and revoke a partner's API keys.");
        key.Subcommands.Add(IssueKey(context));
        key.Subcommands.Add(RevokeKey(context));
        partner.Subcommands.Add(key);
        return partner;
    }

    private static Command Add(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "Partner id: a lowercase slug, e.g. europol-ec3." };
        var name = new Option<string>("--name") { Description = "Display name.", Required = true };
        var kind = new Option<string>("--kind") { Description = "law-enforcement, intergovernmental or private-sector.", Required = true };
        var tlp = new Option<string>("--tlp") { Description = "Highest TLP 2.0 level the partner may receive: CLEAR, GREEN, AMBER, AMBER+STRICT, RED.", Required = true };
        var legal = new Option<string?>("--legal") { Description = "Legal approvers' e-mail addresses, comma separated." };
        var alternates = new Option<string?>("--alternates") { Description = "Alternate approvers (escalation), comma separated." };
        var analysts = new Option<string?>("--analysts") { Description = "Analysts' e-mail addresses, comma separated." };
        var unmarked = new Option<string>("--unmarked-tlp")
        {
            Description = "TLP for the partner's STIX submissions that reference no TLP marking: CLEAR, GREEN, AMBER, AMBER+STRICT, RED, or reject (refuse them).",
            DefaultValueFactory = _ => "reject",
        };
        var command = new Command("add", "Register a partner.") { id, name, kind, tlp, legal, alternates, analysts, unmarked };
        command.SetAction((parse, ct) => CliApp.GuardAsync(context, async () =>
        {
            var added = await Registry(context, parse).AddAsync(
                new Partner
                {
                    Id = parse.GetRequiredValue(id),
                    DisplayName = parse.GetRequiredValue(name),
                    Kind = ParseKind(parse.GetRequiredValue(kind)),
                    TlpClearance = TlpLevels.TryParse(parse.GetRequiredValue(tlp), out var level)
                        ? level
                        : throw new CliInputException($"--tlp '{parse.GetValue(tlp)}' is not one of CLEAR, GREEN, AMBER, AMBER+STRICT, RED."),
                    LegalApprovers = SplitList(parse.GetValue(legal)),
                    AlternateApprovers = SplitList(parse.GetValue(alternates)),
                    Analysts = SplitList(parse.GetValue(analysts)),
                    UnmarkedTlp = parse.GetValue(unmarked) is var u && string.Equals(u, "reject", StringComparison.OrdinalIgnoreCase) ? null
                        : TlpLevels.TryParse(u, out var given) ? given
                        : throw new CliInputException($"--unmarked-tlp '{u}' is not one of CLEAR, GREEN, AMBER, AMBER+STRICT, RED, reject."),
                },
                ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"added partner {added.Id} ({added.DisplayName}), TLP clearance {added.TlpClearance.ToLabel()}, unmarked submissions {added.UnmarkedTlp?.ToLabel() ?? "refused"}").ConfigureAwait(false);
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var command = new Command("list", "List partners.") { json };
        command.SetAction((parse, ct) => CliApp.GuardAsync(context, async () =>
        {
            var partners = await Registry(context, parse).ListAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(partners, Json.Options)).ConfigureAwait(false);
                return;
            }

            await context.Output.WriteLineAsync($"{"ID",-24} {"STATUS",-10} {"KIND",-18} {"TLP",-13} NAME").ConfigureAwait(false);
            foreach (var p in partners)
            {
                await context.Output.WriteLineAsync($"{p.Id,-24} {p.Status,-10} {KindLabel(p.Kind),-18} {p.TlpClearance.ToLabel(),-13} {p.DisplayName}").ConfigureAwait(false);
            }
        }));
        return command;
    }

    private static Command SetStatus(CliContext context, string verb, PartnerStatus status, string description)
    {
        var id = new Argument<string>("id") { Description = "Partner id." };
        var command = new Command(verb, description) { id };
        command.SetAction((parse, ct) => CliApp.GuardAsync(context, async () =>
        {
            var updated = await Registry(context, parse).SetStatusAsync(parse.GetRequiredValue(id), status, ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"partner {updated.Id} is now {updated.Status.ToString().ToLowerInvariant()}").ConfigureAwait(false);
        }));
        return command;
    }

    private static Command IssueKey(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "Partner id." };
        var expires = new Option<string?>("--expires") { Description = "Lifetime, e.g. 90d, 12h, 30m. Default: no expiry." };
        var command = new Command("issue", "Issue a new API key; it is printed once and never stored in clear.") { id, expires };
        command.SetAction((parse, ct) => CliApp.GuardAsync(context, async () =>
        {
            var lifetime = parse.GetValue(expires) is { } text ? ParseDuration(text) : (TimeSpan?)null;
            var issued = await Registry(context, parse).IssueKeyAsync(parse.GetRequiredValue(id), lifetime, ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"key id:  {issued.Info.KeyId}").ConfigureAwait(false);
            await context.Output.WriteLineAsync($"expires: {(issued.Info.ExpiresAt is { } e ? e.ToString("u", System.Globalization.CultureInfo.InvariantCulture) : "never")}").ConfigureAwait(false);
            await context.Output.WriteLineAsync($"api key: {issued.Key}").ConfigureAwait(false);
            await context.Error.WriteLineAsync("Store the API key now: it cannot be shown again.").ConfigureAwait(false);
        }));
        return command;
    }

    private static Command RevokeKey(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "Partner id." };
        var keyId = new Argument<string>("keyId") { Description = "The key id printed at issue (also in GET /api/partners/me)." };
        var command = new Command("revoke", "Revoke an API key at once.") { id, keyId };
        command.SetAction((parse, ct) => CliApp.GuardAsync(context, async () =>
        {
            var revoked = await Registry(context, parse).RevokeKeyAsync(parse.GetRequiredValue(id), parse.GetRequiredValue(keyId), ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"revoked key {revoked.KeyId} of partner {revoked.PartnerId}").ConfigureAwait(false);
        }));
        return command;
    }

    private static PartnerRegistry Registry(CliContext context, ParseResult parse) => new(context.Storage(parse).Tables, TimeProvider.System);

    internal static PartnerKind ParseKind(string text) => text.Trim().ToLowerInvariant().Replace("_", "-", StringComparison.Ordinal) switch
    {
        "law-enforcement" or "lawenforcement" => PartnerKind.LawEnforcement,
        "intergovernmental" => PartnerKind.Intergovernmental,
        "private-sector" or "privatesector" => PartnerKind.PrivateSector,
        _ => throw new CliInputException($"--kind '{text}' is not one of law-enforcement, intergovernmental, private-sector."),
    };

    private static string KindLabel(PartnerKind kind) => kind switch
    {
        PartnerKind.LawEnforcement => "law-enforcement",
        PartnerKind.Intergovernmental => "intergovernmental",
        _ => "private-sector",
    };

    internal static string[] SplitList(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Ten years: anything longer is a typo, not a plan.</summary>
    internal const int MaxLifetimeDays = 3650;

    internal static TimeSpan ParseDuration(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t.Length >= 2 && int.TryParse(t[..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            if (n > MaxLifetimeDays * 24 * 60 || (t[^1] == 'd' && n > MaxLifetimeDays) || (t[^1] == 'h' && n > MaxLifetimeDays * 24))
            {
                throw new CliInputException($"'{text}' is longer than a key may live: at most {MaxLifetimeDays}d (omit --expires for a key that does not expire).");
            }

            switch (t[^1])
            {
                case 'd': return TimeSpan.FromDays(n);
                case 'h': return TimeSpan.FromHours(n);
                case 'm': return TimeSpan.FromMinutes(n);
            }
        }

        throw new CliInputException($"'{text}' is not a duration: use a number and d, h or m, e.g. 90d.");
    }
}
