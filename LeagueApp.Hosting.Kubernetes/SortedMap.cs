namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// A YAML/JSON mapping whose keys sort ordinally, so that the output never depends on the order in
/// which objects were built. Values are strings, integers, booleans, maps or lists of them.
/// </summary>
internal sealed class SortedMap() : SortedDictionary<string, object>(StringComparer.Ordinal);
