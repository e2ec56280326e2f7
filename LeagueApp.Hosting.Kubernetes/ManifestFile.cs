namespace LeagueApp.Hosting.Kubernetes;

/// <summary>One generated file, relative to the output folder, with its YAML documents (typed objects).</summary>
internal sealed record ManifestFile(string Path, IReadOnlyList<object> Documents)
{
    public const string Header =
        "# Generated from the Aspire AppHost model by the pipeline step \"kubernetes-manifests\".\n" +
        "# Do not edit: change the AppHost and regenerate (docs/deployment.md).\n";

    public ManifestFile(string path, object document)
        : this(path, [document])
    {
    }

    public string Render() => Header + ManifestYaml.Write(Documents);
}
