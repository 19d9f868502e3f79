using System.Collections;
using System.Reflection;
using CyberPartnerships.Configuration;
using CyberPartnerships.Storage;

namespace CyberPartnerships.Infra.Tests;

/// <summary>One setting an options property reads: <c>{Section}__{Property}</c>, or a prefix for collections.</summary>
internal sealed record OptionsSetting(string Name, bool IsPrefix, bool LocalOnly, bool Optional, string Source)
{
    public bool Reads(string setting) => IsPrefix
        ? setting.StartsWith(Name + "__", StringComparison.OrdinalIgnoreCase)
        : string.Equals(setting, Name, StringComparison.OrdinalIgnoreCase);

    public bool Required => !LocalOnly && !Optional;
}

/// <summary>
/// The settings the core's options classes read. An options class is any type in the core assembly with a
/// <c>public const string Section</c>; each public property with a public setter is bound from
/// <c>{Section}__{Property}</c>. A nested options object adds <c>__{Property}</c> per level; a dictionary or a
/// collection reads every setting under <c>{Section}__{Property}__</c>. <see cref="LocalOnlyAttribute"/> and
/// <see cref="OptionalSettingAttribute"/> on a property or a class say which settings the deployment must not
/// set, or need not set.
/// </summary>
internal static class OptionsSettings
{
    public static Assembly CoreAssembly => typeof(StorageOptions).Assembly;

    public static IReadOnlyList<Type> OptionsClasses =>
        CoreAssembly.GetTypes()
            .Where(t => t.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } section
                && section.FieldType == typeof(string))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<OptionsSetting> All => OptionsClasses.SelectMany(For).ToList();

    /// <summary>The settings one options class (with a <c>Section</c> constant) reads.</summary>
    public static IEnumerable<OptionsSetting> For(Type type)
    {
        var section = (string)type.GetField("Section", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;
        return Settings(type, section.Replace(":", "__", StringComparison.Ordinal), type.Name,
            IsLocalOnly(type), IsOptional(type), depth: 0);
    }

    private static IEnumerable<OptionsSetting> Settings(Type type, string prefix, string source, bool localOnly, bool optional, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0 || !IsBound(property))
            {
                continue;
            }

            var name = $"{prefix}__{KeyName(property)}";
            var propertyLocalOnly = localOnly || IsLocalOnly(property);
            var propertyOptional = optional || IsOptional(property);
            var where = $"{source}.{property.Name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsScalar(propertyType))
            {
                yield return new OptionsSetting(name, IsPrefix: false, propertyLocalOnly, propertyOptional, where);
            }
            else if (typeof(IEnumerable).IsAssignableFrom(propertyType) || depth >= 4)
            {
                yield return new OptionsSetting(name, IsPrefix: true, propertyLocalOnly, propertyOptional, where);
            }
            else
            {
                foreach (var nested in Settings(propertyType, name, where,
                             propertyLocalOnly || IsLocalOnly(propertyType), propertyOptional || IsOptional(propertyType), depth + 1))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>
    /// What the configuration binder fills: a property with a public setter (or init), or a get-only property holding
    /// an object it binds into (a nested options class or a concrete collection); not computed scalars.
    /// </summary>
    private static bool IsBound(PropertyInfo property)
    {
        if (property.SetMethod is { IsPublic: true })
        {
            return true;
        }

        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return !IsScalar(type) && type.IsClass && !type.IsArray;
    }

    /// <summary>The property name, or the one its [ConfigurationKeyName] gives the binder.</summary>
    private static string KeyName(PropertyInfo property) =>
        property.GetCustomAttributesData()
            .FirstOrDefault(a => a.AttributeType.FullName == "Microsoft.Extensions.Configuration.ConfigurationKeyNameAttribute")
            ?.ConstructorArguments[0].Value as string ?? property.Name;

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Uri)
        || type == typeof(TimeSpan) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Guid)
        || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(byte[]);

    private static bool IsLocalOnly(MemberInfo member) => member.IsDefined(typeof(LocalOnlyAttribute), inherit: false);

    private static bool IsOptional(MemberInfo member) => member.IsDefined(typeof(OptionalSettingAttribute), inherit: false);
}
