namespace LeagueApp.Manifests.Tests.Infrastructure;

internal static class Selectors
{
    /// <summary>Whether a label selector (matchLabels) selects a pod with these labels.</summary>
    public static bool Selects(IDictionary<string, string>? selector, IDictionary<string, string>? labels) =>
        selector is { Count: > 0 } && labels is not null
        && selector.All(pair => labels.TryGetValue(pair.Key, out var value) && value == pair.Value);
}
