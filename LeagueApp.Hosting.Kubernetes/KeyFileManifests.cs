using k8s.Models;

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
        return PodTemplatePatch.Containers(cluster, folder, workload,
            new V1Container
            {
                Env = [new V1EnvVar { Name = keyFile.PathSetting, Value = $"{directory}/{fileName}" }],
                Name = workload.Name,
                VolumeMounts = [new V1VolumeMount { MountPath = directory, Name = volume, ReadOnlyProperty = true }],
            },
            [
                new V1Volume
                {
                    Name = volume,
                    Secret = new V1SecretVolumeSource { Items = [new V1KeyToPath { Key = keyFile.SecretKey, Path = fileName }], SecretName = keyFile.SecretName },
                },
            ]);
    }
}
