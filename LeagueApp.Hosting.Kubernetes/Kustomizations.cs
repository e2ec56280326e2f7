namespace LeagueApp.Hosting.Kubernetes;

/// <summary>kustomization.yaml files: plain ones that list resources, and components (optional parts).</summary>
internal static class Kustomizations
{
    public const string FileName = "kustomization.yaml";

    public static SortedMap Resources(IEnumerable<string> resources, IEnumerable<string>? components = null, IEnumerable<string>? patches = null)
    {
        var kustomization = new SortedMap
        {
            ["apiVersion"] = "kustomize.config.k8s.io/v1beta1",
            ["kind"] = "Kustomization",
            ["resources"] = resources.ToArray<object>(),
        };
        AddOptional(kustomization, components, patches);
        return kustomization;
    }

    public static SortedMap Component(IEnumerable<string> resources, IEnumerable<string> patches)
    {
        var component = new SortedMap
        {
            ["apiVersion"] = "kustomize.config.k8s.io/v1alpha1",
            ["kind"] = "Component",
        };
        if (resources.Any())
        {
            component["resources"] = resources.ToArray<object>();
        }

        AddOptional(component, null, patches);
        return component;
    }

    /// <summary>The kustomization of a folder whose patches are the files under "patches/".</summary>
    public static ManifestFile ComponentOf(string folder, IReadOnlyList<ManifestFile> files)
    {
        var names = files.Select(file => Path.GetRelativePath(folder, file.Path).Replace('\\', '/')).ToList();
        var patches = names.Where(name => name.StartsWith("patches/", StringComparison.Ordinal));
        return new ManifestFile($"{folder}/{FileName}", Component(names.Except(patches), patches));
    }

    private static void AddOptional(SortedMap kustomization, IEnumerable<string>? components, IEnumerable<string>? patches)
    {
        if (components?.Any() == true)
        {
            kustomization["components"] = components.ToArray<object>();
        }

        if (patches?.Any() == true)
        {
            kustomization["patches"] = patches.Select(path => (object)new SortedMap { ["path"] = path }).ToArray();
        }
    }
}
