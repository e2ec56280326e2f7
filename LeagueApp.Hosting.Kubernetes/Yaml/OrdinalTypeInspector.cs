using System.Text.Json.Serialization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.TypeInspectors;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// Names each field as its <see cref="JsonPropertyNameAttribute"/> says where it has one (KubernetesClient's
/// models: <c>NamespaceProperty</c> is "namespace"; the collector's snake_case keys), and orders the
/// fields ordinally by that name.
/// </summary>
internal sealed class OrdinalTypeInspector(ITypeInspector inner) : TypeInspectorSkeleton
{
    public override IEnumerable<IPropertyDescriptor> GetProperties(Type type, object? container) =>
        inner.GetProperties(type, container)
            .Select(property => property.GetCustomAttribute<JsonPropertyNameAttribute>() is { } json ? new PropertyDescriptor(property) { Name = json.Name } : property)
            .OrderBy(property => property.Name, StringComparer.Ordinal);

    public override string GetEnumName(Type enumType, string name) => inner.GetEnumName(enumType, name);

    public override string GetEnumValue(object enumValue) => inner.GetEnumValue(enumValue);

    public override bool HasParseMethod(Type type) => inner.HasParseMethod(type);

    public override object? Parse(string value, Type type) => inner.Parse(value, type);
}
