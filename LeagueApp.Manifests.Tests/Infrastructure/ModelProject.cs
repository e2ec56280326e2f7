namespace LeagueApp.Manifests.Tests.Infrastructure;

/// <summary>
/// A project of the AppHost's model as a publish sees it: environment as manifest expressions, references by
/// name, and the paths its pods call on each other (WithGkeWorkload's PeerPaths).
/// </summary>
public sealed record ModelProject(
    string Name,
    string ProjectPath,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<string> References,
    IReadOnlyDictionary<string, string> ProbePaths,
    IReadOnlyList<string> PeerPaths);
