namespace CyberPartnerships.Configuration;

// How an options class's settings relate to the deployment. Every class in this assembly with a
// `public const string Section` is bound from that configuration section, so its settings are named
// `{Section}__{Property}` (nested classes and collections add `__{Key}`). infra/app/api.bicep must set every such
// setting (tests/CyberPartnerships.Infra.Tests checks it) unless it is marked with one of these attributes.

/// <summary>
/// A setting for local runs and tests only (Azurite connection strings, SMTP to maildev, ...): it must never be set
/// in Azure, and the infrastructure test fails if the bicep sets it. On a class: all of its settings.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class, Inherited = false)]
public sealed class LocalOnlyAttribute : Attribute;

/// <summary>
/// A setting with a good default: the bicep may set it but need not. On a class: all of its settings.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class, Inherited = false)]
public sealed class OptionalSettingAttribute : Attribute;
