// Key Vault in RBAC mode with purge protection: the three HMAC keys of the app (approval links, pseudonyms, TAXII next tokens). The app reads them through Key Vault
// references (its identity has Key Vault Secrets User); no access policies, no keys in app settings.
param name string
param location string
param tags object
param vnetEnabled bool

@secure()
param approvalLinkSigningKey string

@secure()
param pseudonymKey string

@secure()
param taxiiCursorKey string

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: vnetEnabled ? 'Disabled' : 'Enabled'
    networkAcls: {
      defaultAction: vnetEnabled ? 'Deny' : 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource approvalLinkSigningKeySecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'approval-link-signing-key'
  properties: {
    value: approvalLinkSigningKey
    contentType: 'HMAC-SHA256 key for approval-link tokens'
  }
}

resource pseudonymKeySecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'pseudonym-key'
  properties: {
    value: pseudonymKey
    contentType: 'HMAC-SHA256 key for redaction pseudonyms'
  }
}

resource taxiiCursorKeySecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'taxii-cursor-key'
  properties: {
    value: taxiiCursorKey
    contentType: 'HMAC-SHA256 key for TAXII next tokens'
  }
}

output id string = vault.id
output name string = vault.name
output uri string = vault.properties.vaultUri
// Versionless: a Key Vault reference to it follows the newest version of the secret (rotation without redeploying).
output approvalLinkSigningKeyUri string = approvalLinkSigningKeySecret.properties.secretUri
output pseudonymKeyUri string = pseudonymKeySecret.properties.secretUri
output taxiiCursorKeyUri string = taxiiCursorKeySecret.properties.secretUri
