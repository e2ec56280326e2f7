namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// The optional key-file component of a Google Cloud API resource: instead of Workload Identity, the
/// services that use it read a service-account key from the Secret (as the original app did).
/// </summary>
internal static class KeyFileManifests
{
    public static string Folder(string resource) => $"components/{resource}-key-file";

    public static IEnumerable<ManifestFile> Create(Cluster cluster, IReadOnlyList<Workload> workloads) =>
        workloads.SelectMany(workload => workload.GoogleApis.Select(api => (Api: api, Workload: workload)))
            .GroupBy(use => use.Api.ResourceName, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .SelectMany(group => Component(cluster, group.First().Api, group.Select(use => use.Workload)));

    private static IEnumerable<ManifestFile> Component(Cluster cluster, GoogleCloudApi api, IEnumerable<Workload> users)
    {
        var folder = Folder(api.ResourceName);
        var files = users.Select(workload => Patch(cluster, folder, api, workload)).ToList();
        files.Add(Kustomizations.ComponentOf(folder, files));
        return files;
    }

    private static ManifestFile Patch(Cluster cluster, string folder, GoogleCloudApi api, Workload workload)
    {
        var keyFile = api.Api.KeyFile;
        var volume = $"{api.ResourceName}-key-file";
        var directory = $"/var/run/secrets/{api.ResourceName}";
        var fileName = $"{keyFile.SecretKey}.json";
        return PodTemplatePatch.Create(cluster, folder, workload, new SortedMap
        {
            ["spec"] = new SortedMap
            {
                ["containers"] = new object[]
                {
                    new SortedMap
                    {
                        ["env"] = new object[] { new SortedMap { ["name"] = keyFile.PathSetting, ["value"] = $"{directory}/{fileName}" } },
                        ["name"] = workload.Name,
                        ["volumeMounts"] = new object[]
                        {
                            new SortedMap { ["mountPath"] = directory, ["name"] = volume, ["readOnly"] = true },
                        },
                    },
                },
                ["volumes"] = new object[]
                {
                    new SortedMap
                    {
                        ["name"] = volume,
                        ["secret"] = new SortedMap
                        {
                            ["items"] = new object[] { new SortedMap { ["key"] = keyFile.SecretKey, ["path"] = fileName } },
                            ["secretName"] = keyFile.SecretName,
                        },
                    },
                },
            },
        });
    }
}
