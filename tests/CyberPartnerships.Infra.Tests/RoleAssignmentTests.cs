using System.Text.RegularExpressions;

namespace CyberPartnerships.Infra.Tests;

/// <summary>Every role assignment of infra/app/rbac.bicep: which role, to whom, on what.</summary>
public partial class RoleAssignmentTests
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string KeyVaultSecretsOfficer = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    private const string CommunicationAndEmailServiceOwner = "09976791-48a7-449e-bb21-39d1a415f350";

    private const string Storage = "Microsoft.Storage/storageAccounts";
    private const string Vault = "Microsoft.KeyVault/vaults";
    private const string Insights = "Microsoft.Insights/components";
    private const string Communication = "Microsoft.Communication/communicationServices";

    private sealed record Grant(string Principal, string PrincipalType, string Role, string ScopeType, bool Conditional);

    /// <summary>The assignments, one per role (loops expanded), principal given by the rbac module's parameter name.</summary>
    private static List<Grant> Grants()
    {
        var rbac = Bicep.Main.Module("rbac");
        var grants = new List<Grant>();
        foreach (var assignment in rbac.OfType("Microsoft.Authorization/roleAssignments"))
        {
            var roleExpression = assignment.Properties["roleDefinitionId"]!.ToString();
            Assert.StartsWith("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', ", roleExpression, StringComparison.Ordinal);
            var inner = roleExpression["[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', ".Length..^2];
            var principal = Parameter().Match(assignment.Properties["principalId"]!.ToString()).Groups["name"].Value;
            var scope = ScopeType().Match(assignment.Json["scope"]!.ToString()).Groups["type"].Value;
            foreach (var role in rbac.Resolve(inner))
            {
                Assert.Matches(RoleGuid(), role);
                grants.Add(new Grant(principal, assignment.Properties["principalType"]!.ToString(), role, scope, assignment.Condition is not null));
            }

            // One assignment per (scope, principal, role): the name is a guid of the three.
            Assert.Contains(principal, assignment.Name, StringComparison.Ordinal);
        }

        return grants;
    }

    [Fact]
    public void The_app_identity_has_exactly_the_data_roles_it_uses()
    {
        var identity = Grants().Where(g => g.Principal == "identityPrincipalId").ToList();

        Assert.All(identity, g => Assert.Equal("ServicePrincipal", g.PrincipalType));
        Assert.All(identity, g => Assert.False(g.Conditional));
        Assert.Equal(
            new[]
            {
                (StorageBlobDataOwner, Storage),
                (StorageQueueDataContributor, Storage),
                (StorageTableDataContributor, Storage),
                (KeyVaultSecretsUser, Vault),
                (MonitoringMetricsPublisher, Insights),
                (CommunicationAndEmailServiceOwner, Communication),
            }.Order(),
            identity.Select(g => (g.Role, g.ScopeType)).Order());
    }

    [Fact]
    public void The_deploying_user_gets_the_data_roles_only_when_a_principal_is_given()
    {
        var user = Grants().Where(g => g.Principal == "userPrincipalId").ToList();

        Assert.All(user, g => Assert.Equal("User", g.PrincipalType));
        Assert.All(user, g => Assert.True(g.Conditional));
        Assert.All(Bicep.Main.Module("rbac").OfType("Microsoft.Authorization/roleAssignments").Where(a => a.Name.Contains("userPrincipalId", StringComparison.Ordinal)),
            a => Assert.Equal("[not(empty(parameters('userPrincipalId')))]", a.Condition));
        // The same data roles as the app, but Secrets Officer so that the operator can rotate the keys.
        Assert.Equal(
            new[]
            {
                (StorageBlobDataOwner, Storage),
                (StorageQueueDataContributor, Storage),
                (StorageTableDataContributor, Storage),
                (KeyVaultSecretsOfficer, Vault),
                (CommunicationAndEmailServiceOwner, Communication),
            }.Order(),
            user.Select(g => (g.Role, g.ScopeType)).Order());
    }

    [Fact]
    public void The_principals_are_the_app_identity_and_the_azd_principal()
    {
        Assert.DoesNotContain(Grants(), g => g.Principal is not ("identityPrincipalId" or "userPrincipalId"));
        var identity = Bicep.Main.ModuleArgument("rbac", "identityPrincipalId");
        Assert.Contains("'Microsoft.Resources/deployments', 'identity')", identity, StringComparison.Ordinal);
        Assert.EndsWith(".outputs.principalId.value]", identity, StringComparison.Ordinal);
        Assert.Equal("[parameters('principalId')]", Bicep.Main.ModuleArgument("rbac", "userPrincipalId"));
        Assert.Equal("", Bicep.Main.Parameters["principalId"]!["defaultValue"]!.ToString());
    }

    [GeneratedRegex(@"^\[parameters\('(?<name>\w+)'\)\]$")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"^\[resourceId\('(?<type>[^']+)'")]
    private static partial Regex ScopeType();

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex RoleGuid();
}
