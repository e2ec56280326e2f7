using System.Collections;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>Writes a map's keys (labels, annotations, ConfigMap data, resource limits) in ordinal order, however it was filled.</summary>
internal sealed class OrdinalMappingConverter : IYamlTypeConverter
{
    public bool Accepts(Type type) => typeof(IDictionary).IsAssignableFrom(type);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer) =>
        throw new NotSupportedException("The manifests are only written.");

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer)
    {
        emitter.Emit(new MappingStart());
        var map = (IDictionary)value!;
        foreach (var key in map.Keys.Cast<string>().Order(StringComparer.Ordinal))
        {
            serializer(key);
            serializer(map[key]);
        }

        emitter.Emit(new MappingEnd());
    }
}
