using System.Text.Json.Nodes;
using CyberPartnerships.Redaction;
using static CyberPartnerships.Tests.Redaction.SampleDocuments;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>
/// The roles a bundle's relationships give its identities: the identity a threat actor is <c>attributed-to</c> is the
/// person behind the attack and keeps its name and contact information (the OASIS APT1 example's shape); a victim's
/// identity never does, even when a relationship also attributes an actor to it.
/// </summary>
public sealed class StixRolesTests
{
    private const string ActorId = "threat-actor--6d179234-61fc-40d4-ae86-3d53308d8e65";
    private const string PersonId = "identity--e88ab115-7768-4630-baa3-3d49a7d946ea";

    private static JsonObject Bundle(params string[] extra)
    {
        var objects = new JsonArray(
            JsonNode.Parse($$"""
                {"type": "threat-actor", "spec_version": "2.1", "id": "{{ActorId}}", "created": "2015-05-15T09:12:16.432Z",
                 "modified": "2015-05-15T09:12:16.432Z", "name": "Ugly Gorilla", "threat_actor_types": ["spy"],
                 "description": "Wang Dong registered the C2 domains under the alias Ugly Gorilla."}
                """),
            JsonNode.Parse($$"""
                {"type": "identity", "spec_version": "2.1", "id": "{{PersonId}}", "created": "2015-05-15T09:12:16.432Z",
                 "modified": "2015-05-15T09:12:16.432Z", "name": "Wang Dong", "identity_class": "individual",
                 "contact_information": "uglygorilla@163.com"}
                """),
            JsonNode.Parse($$"""
                {"type": "relationship", "spec_version": "2.1", "id": "relationship--3dcf59c3-30e3-4aa5-9c05-2cbffcee5922",
                 "created": "2015-05-15T09:12:16.432Z", "modified": "2015-05-15T09:12:16.432Z", "relationship_type": "attributed-to",
                 "source_ref": "{{ActorId}}", "target_ref": "{{PersonId}}"}
                """));
        foreach (var o in extra)
        {
            objects.Add(JsonNode.Parse(o));
        }

        return new JsonObject { ["type"] = "bundle", ["id"] = "bundle--2a25c3c8-5d88-4ae9-862a-cc3396442317", ["objects"] = objects };
    }

    private static JsonObject Redact(JsonObject bundle)
    {
        var document = new DocumentRedactor().Redact("apt.json", Utf8(bundle.ToJsonString()), new TextRedactor());
        return JsonNode.Parse(document.Content)!.AsObject();
    }

    private static JsonObject Object(JsonObject bundle, string id) =>
        bundle["objects"]!.AsArray().Single(o => (string?)o!["id"] == id)!.AsObject();

    [Fact]
    public void The_identity_a_threat_actor_is_attributed_to_keeps_its_name_and_contact_information()
    {
        var person = Object(Redact(Bundle()), PersonId);

        Assert.Equal("Wang Dong", (string?)person["name"]);
        Assert.Equal("uglygorilla@163.com", (string?)person["contact_information"]);
    }

    [Fact]
    public void An_identity_without_an_attribution_stays_a_persons()
    {
        var bundle = Bundle();
        bundle["objects"]!.AsArray().RemoveAt(2);

        var person = Object(Redact(bundle), PersonId);

        Assert.Equal("[PERSON]", (string?)person["name"]);
        Assert.DoesNotContain("uglygorilla", (string?)person["contact_information"], StringComparison.Ordinal);
    }

    [Fact]
    public void An_identity_the_bundle_also_names_as_a_target_stays_a_victims()
    {
        var person = Object(Redact(Bundle($$"""
            {"type": "relationship", "spec_version": "2.1", "id": "relationship--0f6c1b55-7c2e-4b0e-9f4c-1a2b3c4d5e6f",
             "created": "2015-05-15T09:12:16.432Z", "modified": "2015-05-15T09:12:16.432Z", "relationship_type": "targets",
             "source_ref": "{{ActorId}}", "target_ref": "{{PersonId}}"}
            """)), PersonId);

        Assert.Equal("[PERSON]", (string?)person["name"]);
        Assert.DoesNotContain("uglygorilla", (string?)person["contact_information"], StringComparison.Ordinal);
    }

    [Fact]
    public void An_attribution_from_an_object_that_is_not_an_actor_keeps_nothing()
    {
        var bundle = Bundle();
        bundle["objects"]![2]!["source_ref"] = "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f";

        var person = Object(Redact(bundle), PersonId);

        Assert.Equal("[PERSON]", (string?)person["name"]);
    }

    [Theory]
    [InlineData("Poison Ivy offers key logging, password theft, and traffic relaying.")]
    [InlineData("The operators ran credential stuffing against the portal.")]
    [InlineData("Users were sent a fake password reset.")]
    public void A_credential_cue_followed_by_a_topic_word_keeps_the_word(string text)
    {
        Assert.Equal(text, new TextRedactor().Redact(text, new RedactionCounts()));
    }

    [Theory]
    [InlineData("The victim's password sunshine.", "sunshine")]
    [InlineData("She reused the password Theft2024 everywhere.", "Theft2024")]
    public void A_credential_value_after_the_cue_is_still_replaced(string text, string value)
    {
        Assert.DoesNotContain(value, new TextRedactor().Redact(text, new RedactionCounts()), StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_keep_their_terms_and_lose_a_value_personal_by_its_form()
    {
        var bundle = Bundle();
        bundle["objects"]![0]!["labels"] = new JsonArray("spy", "apt1", "victim jane.doe@victim.example", "call +48 601 234 567");

        var labels = Object(Redact(bundle), ActorId)["labels"]!.AsArray().Select(l => (string?)l).ToList();

        Assert.Equal(["spy", "apt1", "victim [EMAIL]", "call [PHONE]"], labels);
    }
}
