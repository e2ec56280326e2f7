using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// Writes objects as block-style YAML the way kubectl prints it: keys in ordinal order, so that the
/// output never depends on the order in which a type declares its fields or a map was filled; lists
/// at their key's indentation; unset (null) fields left out.
/// </summary>
internal static class ManifestYaml
{
    private static readonly IValueSerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithTypeInspector(inner => new OrdinalTypeInspector(inner))
        .WithTypeConverter(new KubernetesScalarConverter())
        .WithTypeConverter(new OrdinalMappingConverter())
        .WithEventEmitter(next => new ScalarStyleEmitter(next))
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        // Equal records (two routes' destinations) are written out each time, never as anchors and aliases.
        .DisableAliases()
        .BuildValueSerializer();

    // No line is ever folded: a long string (an image, a JSON annotation) stays on one line to read and diff.
    private static readonly EmitterSettings Settings = new(
        bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, skipAnchorName: false, indentSequences: false, newLine: "\n");

    public static string Write(IEnumerable<object> documents) => string.Join("---\n", documents.Select(Write));

    public static string Write(object document)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var emitter = new Emitter(writer, Settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Serializer.SerializeValue(emitter, document, document.GetType());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }
}
