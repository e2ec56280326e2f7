using System.Globalization;
using k8s.Models;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// Writes KubernetesClient's scalar types as what they hold: an <see cref="IntOrString"/> as a number
/// or a name (a port name, "25%"), a <see cref="ResourceQuantity"/> as its canonical string ("500m").
/// </summary>
internal sealed class KubernetesScalarConverter : IYamlTypeConverter
{
    public bool Accepts(Type type) => type == typeof(IntOrString) || type == typeof(ResourceQuantity);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer) =>
        throw new NotSupportedException("The manifests are only written.");

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) => serializer(value switch
    {
        IntOrString number when int.TryParse(number.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var integer) => integer,
        IntOrString name => name.Value,
        ResourceQuantity quantity => quantity.ToString(),
        _ => throw new ArgumentException($"A {type.Name} is not a Kubernetes scalar."),
    });
}
