namespace LeagueApp.Hosting.Kubernetes;

/// <summary>kustomization.yaml files: plain ones that list resources, and components (optional parts).</summary>
internal static class Kustomizations
{
    public const string FileName = "kustomization.yaml";

    public static Kustomization Resources(IEnumerable<string> resources, IEnumerable<string>? components = null, IEnumerable<string>? patches = null) =>
        new([.. resources], NullIfEmpty(components), Patches(patches));

    /// <summary>The kustomization of a folder whose patches are the files under "patches/".</summary>
    public static ManifestFile ComponentOf(string folder, IReadOnlyList<ManifestFile> files)
    {
        var names = files.Select(file => Path.GetRelativePath(folder, file.Path).Replace('\\', '/')).ToList();
        var patches = names.Where(name => name.StartsWith("patches/", StringComparison.Ordinal)).ToList();
        return new ManifestFile($"{folder}/{FileName}", new KustomizeComponent(NullIfEmpty(names.Except(patches)), Patches(patches)));
    }

    // An empty list is left out of the file rather than written as [].
    private static List<string>? NullIfEmpty(IEnumerable<string>? items) => items?.ToList() is { Count: > 0 } list ? list : null;

    private static List<KustomizePatch>? Patches(IEnumerable<string>? paths) =>
        NullIfEmpty(paths)?.Select(path => new KustomizePatch(path)).ToList();
}
