using System.Text.Json.Nodes;

namespace CyberPartnerships.Infra.Tests;

/// <summary>The security settings of each resource, read from the compiled ARM template of infra/main.bicep.</summary>
public class SecurityTests
{
    private static ArmTemplate Main => Bicep.Main;

    private static string? Text(JsonNode? node) => node?.ToString();

    [Fact]
    public void Storage_refuses_shared_keys_public_blobs_plain_http_and_old_tls()
    {
        var storage = Main.Single("Microsoft.Storage/storageAccounts").Properties;

        Assert.False((bool)storage["allowSharedKeyAccess"]!);
        Assert.False((bool)storage["allowBlobPublicAccess"]!);
        Assert.True((bool)storage["supportsHttpsTrafficOnly"]!);
        Assert.True((bool)storage["defaultToOAuthAuthentication"]!);
        Assert.Equal("TLS1_2", Text(storage["minimumTlsVersion"]));
    }

    [Fact]
    public void Storage_has_blob_queue_and_table_services_and_the_app_containers_all_private()
    {
        var template = Main.Module("storage");
        foreach (var service in new[] { "blobServices", "queueServices", "tableServices" })
        {
            Assert.Single(template.OfType($"Microsoft.Storage/storageAccounts/{service}"));
        }

        var containers = template.Single("Microsoft.Storage/storageAccounts/blobServices/containers");
        var names = template.Resolve("[variables('containerNames')[copyIndex()]]");
        // Every container the code writes to, by the code's own names (the app may not create containers in Azure).
        Assert.Equal(
            ["deployment", Ingestion.PayloadStore.ContainerName, Submissions.AttachmentStore.ContainerName, Sharing.SharingOptions.RawContainer,
             Sharing.SharingOptions.SharedContainer, Sharing.SharingOptions.QuarantineContainer, Mou.CaseEndpoints.ReportsContainer],
            names);
        Assert.Equal("[length(variables('containerNames'))]", Text(containers.Json["copy"]!["count"]));
        Assert.Equal("None", Text(containers.Properties["publicAccess"]));
    }

    [Fact]
    public void Unredacted_raw_and_quarantined_documents_are_deleted_after_their_retention()
    {
        var template = Main.Module("storage");
        var rules = template.Single("Microsoft.Storage/storageAccounts/managementPolicies").Properties["policy"]!["rules"]!.AsArray();
        var deletions = rules.ToDictionary(
            r => Text(r!["definition"]!["filters"]!["prefixMatch"]![0])!,
            r => Text(r!["definition"]!["actions"]!["baseBlob"]!["delete"]!["daysAfterModificationGreaterThan"])!);

        Assert.Equal(
            new Dictionary<string, string>
            {
                [Sharing.SharingOptions.RawContainer + "/"] = "[parameters('rawRetentionDays')]",
                [Sharing.SharingOptions.QuarantineContainer + "/"] = "[parameters('quarantineRetentionDays')]",
            },
            deletions);
        Assert.All(rules, r => Assert.True((bool)r!["enabled"]!));
    }

    [Fact]
    public void The_function_app_is_https_only_with_tls_1_2_and_no_ftp()
    {
        var site = Main.Single("Microsoft.Web/sites").Properties;
        Assert.True((bool)site["httpsOnly"]!);
        Assert.Equal("1.2", Text(site["siteConfig"]!["minTlsVersion"]));
        Assert.Equal("1.2", Text(site["siteConfig"]!["scmMinTlsVersion"]));
        Assert.Equal("Disabled", Text(site["siteConfig"]!["ftpsState"]));
    }

    [Fact]
    public void Basic_publishing_credentials_are_off_for_ftp_and_scm()
    {
        var policies = Main.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(2, policies.Count);
        Assert.Contains(policies, p => p.Name.Contains("'ftp'", StringComparison.Ordinal));
        Assert.Contains(policies, p => p.Name.Contains("'scm'", StringComparison.Ordinal));
        Assert.All(policies, p => Assert.False((bool)p.Properties["allow"]!));
    }

    [Fact]
    public void The_function_app_runs_dotnet_isolated_10_on_flex_consumption_deployed_from_blob_by_the_identity()
    {
        var plan = Main.Single("Microsoft.Web/serverfarms").Json;
        Assert.Equal("FC1", Text(plan["sku"]!["name"]));
        Assert.Equal("FlexConsumption", Text(plan["sku"]!["tier"]));
        Assert.True((bool)plan["properties"]!["reserved"]!);

        var site = Main.Single("Microsoft.Web/sites");
        Assert.Equal("functionapp,linux", Text(site.Json["kind"]));
        Assert.Equal("UserAssigned", Text(site.Json["identity"]!["type"]));
        var config = site.Properties["functionAppConfig"]!;
        Assert.Equal("dotnet-isolated", Text(config["runtime"]!["name"]));
        Assert.Equal("10.0", Text(config["runtime"]!["version"]));

        var deployment = config["deployment"]!["storage"]!;
        Assert.Equal("blobContainer", Text(deployment["type"]));
        Assert.EndsWith(".primaryEndpoints.blob, parameters('deploymentContainerName'))]", Text(deployment["value"]), StringComparison.Ordinal);
        Assert.Equal("UserAssignedIdentity", Text(deployment["authentication"]!["type"]));
        Assert.Equal("[parameters('identityId')]", Text(deployment["authentication"]!["userAssignedIdentityResourceId"]));
        Assert.EndsWith("'storage'), '2025-04-01').outputs.deploymentContainerName.value]", Main.ModuleArgument("api", "deploymentContainerName"), StringComparison.Ordinal);

        // Instance memory and maximum instances are parameters of main (azd environment values).
        Assert.Equal("[parameters('instanceMemoryMB')]", Text(config["scaleAndConcurrency"]!["instanceMemoryMB"]));
        Assert.Equal("[parameters('maximumInstanceCount')]", Text(config["scaleAndConcurrency"]!["maximumInstanceCount"]));
        Assert.Equal("[parameters('instanceMemoryMB')]", Main.ModuleArgument("api", "instanceMemoryMB"));
        Assert.Equal("[parameters('maximumInstanceCount')]", Main.ModuleArgument("api", "maximumInstanceCount"));
    }

    [Fact]
    public void Application_insights_and_log_analytics_refuse_local_auth()
    {
        var insights = Main.Single("Microsoft.Insights/components").Properties;
        Assert.True((bool)insights["DisableLocalAuth"]!);
        Assert.StartsWith("[resourceId('Microsoft.OperationalInsights/workspaces'", Text(insights["WorkspaceResourceId"]), StringComparison.Ordinal);

        var workspace = Main.Single("Microsoft.OperationalInsights/workspaces").Properties;
        Assert.True((bool)workspace["features"]!["disableLocalAuth"]!);
    }

    [Fact]
    public void Key_vault_uses_rbac_with_purge_protection_and_soft_delete()
    {
        var vault = Main.Single("Microsoft.KeyVault/vaults").Properties;
        Assert.True((bool)vault["enableRbacAuthorization"]!);
        Assert.True((bool)vault["enablePurgeProtection"]!);
        Assert.True((bool)vault["enableSoftDelete"]!);
        Assert.Null(vault["accessPolicies"]);
    }

    [Fact]
    public void Key_vault_holds_both_keys_from_secure_parameters()
    {
        var keyVault = Main.Module("keyvault");
        var secrets = keyVault.OfType("Microsoft.KeyVault/vaults/secrets").ToDictionary(
            s => s.Name, s => Text(s.Properties["value"]));
        Assert.Equal("[parameters('approvalLinkSigningKey')]", secrets["[format('{0}/{1}', parameters('name'), 'approval-link-signing-key')]"]);
        Assert.Equal("[parameters('pseudonymKey')]", secrets["[format('{0}/{1}', parameters('name'), 'pseudonym-key')]"]);
        Assert.Equal("[parameters('taxiiCursorKey')]", secrets["[format('{0}/{1}', parameters('name'), 'taxii-cursor-key')]"]);

        foreach (var parameter in new[] { "approvalLinkSigningKey", "pseudonymKey", "taxiiCursorKey" })
        {
            Assert.Equal("securestring", Text(keyVault.Parameters[parameter]!["type"]));
            Assert.Equal("securestring", Text(Main.Parameters[parameter]!["type"]));
            Assert.Null(Main.Parameters[parameter]!["defaultValue"]);
            Assert.Equal($"[parameters('{parameter}')]", Main.ModuleArgument("keyvault", parameter));
        }

        // The secret values never leave the template as outputs.
        foreach (var outputs in new[] { keyVault.Outputs, Main.Outputs })
        {
            Assert.DoesNotContain(outputs, o => Text(o.Value!["value"])!.Contains("parameters('approvalLinkSigningKey')", StringComparison.Ordinal)
                || Text(o.Value!["value"])!.Contains("parameters('pseudonymKey')", StringComparison.Ordinal)
                || Text(o.Value!["value"])!.Contains("parameters('taxiiCursorKey')", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_event_grid_system_topic_watches_the_storage_account()
    {
        var topic = Main.Single("Microsoft.EventGrid/systemTopics").Properties;
        Assert.Equal("Microsoft.Storage.StorageAccounts", Text(topic["topicType"]));
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('name'))]", Text(topic["source"]));
        Assert.Contains("systemTopicName", Main.Outputs["AZURE_STORAGE_SYSTEM_TOPIC_NAME"]!["value"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Email_goes_through_communication_services_on_an_azure_managed_domain_without_access_keys()
    {
        var domain = Main.Single("Microsoft.Communication/emailServices/domains");
        Assert.Equal("AzureManaged", Text(domain.Properties["domainManagement"]));
        Assert.Single(Main.OfType("Microsoft.Communication/emailServices"));

        var acs = Main.Single("Microsoft.Communication/communicationServices").Properties;
        Assert.True((bool)acs["disableLocalAuth"]!);
        Assert.Contains("Microsoft.Communication/emailServices/domains", Text(acs["linkedDomains"]![0]), StringComparison.Ordinal);

        var outputs = Main.Module("communication").Outputs;
        Assert.Equal("[format('DoNotReply@{0}', reference(resourceId('Microsoft.Communication/emailServices/domains', parameters('emailServiceName'), 'AzureManagedDomain'), '2025-05-01').mailFromSenderDomain)]",
            Text(outputs["senderAddress"]!["value"]));
        Assert.EndsWith("'communication'), '2025-04-01').outputs.senderAddress.value]", Main.ModuleArgument("api", "emailSenderAddress"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_virtual_network_is_optional_off_by_default_with_private_endpoints_for_storage_and_key_vault()
    {
        Assert.False((bool)Main.Parameters["vnetEnabled"]!["defaultValue"]!);
        Assert.Equal("[parameters('vnetEnabled')]", Main.ModuleDeployment("vnet").Condition);
        Assert.Equal("[parameters('vnetEnabled')]", Main.ModuleDeployment("private-endpoints").Condition);

        var endpoints = Main.Module("private-endpoints");
        Assert.Equal(["blob", "queue", "table", "vault"], ((JsonArray)endpoints.Variables["endpoints"]!).Select(e => Text(e!["groupId"])!));
        var privateEndpoint = endpoints.Single("Microsoft.Network/privateEndpoints");
        Assert.Equal("[length(variables('endpoints'))]", Text(privateEndpoint.Json["copy"]!["count"]));
        Assert.Single(endpoints.OfType("Microsoft.Network/privateDnsZones"));
        Assert.Single(endpoints.OfType("Microsoft.Network/privateDnsZones/virtualNetworkLinks"));

        // With the network on, storage and Key Vault refuse public traffic and the app is integrated.
        Assert.Equal("[if(parameters('vnetEnabled'), 'Disabled', 'Enabled')]", Text(Main.Single("Microsoft.Storage/storageAccounts").Properties["publicNetworkAccess"]));
        Assert.Equal("[if(parameters('vnetEnabled'), 'Disabled', 'Enabled')]", Text(Main.Single("Microsoft.KeyVault/vaults").Properties["publicNetworkAccess"]));
        var subnet = Main.Single("Microsoft.Network/virtualNetworks").Properties["subnets"]!.AsArray()
            .Single(s => Text(s!["name"]) == "app")!;
        Assert.Equal("Microsoft.App/environments", Text(subnet["properties"]!["delegations"]![0]!["properties"]!["serviceName"]));
        Assert.Contains("appSubnetId", Main.ModuleArgument("api", "virtualNetworkSubnetId"), StringComparison.Ordinal);
    }

    [Fact]
    public void Resources_carry_the_azd_tags()
    {
        var group = Main.Single("Microsoft.Resources/resourceGroups");
        Assert.Equal("[variables('tags')]", Text(group.Json["tags"]));
        Assert.Equal("[parameters('environmentName')]", Text(Main.Variables["tags"]!["azd-env-name"]));

        var site = Main.Single("Microsoft.Web/sites");
        Assert.Equal("[union(parameters('tags'), createObject('azd-service-name', parameters('serviceName')))]", Text(site.Json["tags"]));
        Assert.Equal(AzdTests.ServiceName, Text(Main.Module("api").Parameters["serviceName"]!["defaultValue"]));

        var untagged = Main.AllResources
            .Where(r => r.Type != "Microsoft.Resources/deployments" && r.Json["location"] is not null && r.Json["tags"] is null)
            .Select(r => r.Type)
            .ToList();
        Assert.True(untagged.Count == 0, $"resources without tags: {string.Join(", ", untagged)}");
    }
}
