namespace LeagueApp.Hosting.Kubernetes;

/// <summary>A kustomization.yaml that lists resources, and optionally components and patches.</summary>
internal sealed record Kustomization(IReadOnlyList<string> Resources, IReadOnlyList<string>? Components = null, IReadOnlyList<KustomizePatch>? Patches = null)
{
    public string ApiVersion => "kustomize.config.k8s.io/v1beta1";

    public string Kind => "Kustomization";
}

/// <summary>A kustomization.yaml of an optional part that overlays add (a Kustomize component).</summary>
internal sealed record KustomizeComponent(IReadOnlyList<string>? Resources, IReadOnlyList<KustomizePatch>? Patches)
{
    public string ApiVersion => "kustomize.config.k8s.io/v1alpha1";

    public string Kind => "Component";
}

/// <summary>A strategic-merge patch in a file of its own.</summary>
internal sealed record KustomizePatch(string Path);
