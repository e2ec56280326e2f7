using System.Text.RegularExpressions;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>Reads the projects of the AppHost's model, with their environment as a publish evaluates it.</summary>
internal static partial class WorkloadReader
{
    // The official ASP.NET Core images (and `dotnet publish -t:PublishContainer`) listen on 8080.
    private const int DefaultContainerPort = 8080;

    private const string ReferenceRelationship = "Reference";

    public static async Task<IReadOnlyList<Workload>> ReadAsync(
        DistributedApplicationModel model, GkeEnvironmentResource environment, DistributedApplicationExecutionContext executionContext, CancellationToken ct)
    {
        var projects = model.Resources.OfType<ProjectResource>().OrderBy(project => project.Name, StringComparer.Ordinal).ToList();
        var ports = projects.ToDictionary(project => project.Name, project => Ports(project));
        var translator = new EnvironmentTranslator(environment.Name, ports);

        var workloads = new List<Workload>();
        foreach (var project in projects)
        {
            var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var secrets = new SortedDictionary<string, SecretReference>(StringComparer.Ordinal);
            foreach (var (variable, value) in await EnvironmentAsync(project, executionContext, ct))
            {
                switch (await translator.TranslateAsync(variable, value, ct))
                {
                    case EnvironmentValue.Setting setting:
                        settings[variable] = setting.Value;
                        break;
                    case EnvironmentValue.Secret secret:
                        secrets[variable] = secret.Reference;
                        break;
                }
            }

            var options = Options(project);
            var workload = new Workload(
                Name: project.Name,
                Options: options,
                Ports: ports[project.Name],
                IsExternal: HttpEndpoint(project).IsExternal,
                Readiness: Probe(project, ProbeType.Readiness),
                Liveness: Probe(project, ProbeType.Liveness),
                Settings: settings,
                Secrets: secrets,
                Callers: projects.Where(caller => References(caller).Contains(project)).Select(caller => caller.Name).ToList(),
                GoogleApis: References(project)
                    .Select(resource => resource.Annotations.OfType<GoogleCloudApiAnnotation>().Select(api => new GoogleCloudApi(resource.Name, api)).SingleOrDefault())
                    .OfType<GoogleCloudApi>()
                    .OrderBy(api => api.ResourceName, StringComparer.Ordinal)
                    .ToList());
            Validate(workload, environment);
            workloads.Add(workload);
        }

        ValidateImageDigests(environment, workloads);
        return workloads;
    }

    private static void ValidateImageDigests(GkeEnvironmentResource environment, List<Workload> workloads)
    {
        foreach (var (resource, digest) in environment.Options.ImageDigests)
        {
            if (!workloads.Any(workload => workload.Name == resource))
            {
                throw new DistributedApplicationException($"Kubernetes:ImageDigests names '{resource}', which is not a project of the model.");
            }

            if (!ImageDigest().IsMatch(digest))
            {
                throw new DistributedApplicationException($"The image digest of '{resource}' must look like sha256:<64 hex digits>, as the registry shows it; it is '{digest}'.");
            }
        }
    }

    private static GkeWorkloadOptions Options(IResource project) =>
        project.Annotations.OfType<GkeWorkloadAnnotation>().SingleOrDefault()?.Options ?? new GkeWorkloadOptions();

    private static WorkloadPorts Ports(ProjectResource project)
    {
        var containerPort = HttpEndpoint(project).TargetPort ?? DefaultContainerPort;
        return new WorkloadPorts(containerPort, Options(project).ServicePort ?? containerPort);
    }

    // HTTPS endpoints stay out of the cluster: Istio encrypts between pods, the gateway at the edge.
    private static EndpointAnnotation HttpEndpoint(ProjectResource project) =>
        project.Annotations.OfType<EndpointAnnotation>().Where(endpoint => endpoint.UriScheme == Uri.UriSchemeHttp).ToList() is [var endpoint]
            ? endpoint
            : throw new DistributedApplicationException($"'{project.Name}' needs exactly one HTTP endpoint to run in Kubernetes.");

    private static HttpProbe Probe(IResource project, ProbeType type) =>
        project.Annotations.OfType<EndpointProbeAnnotation>().SingleOrDefault(probe => probe.Type == type) is { } probe
            ? new HttpProbe(probe.Path, probe.InitialDelaySeconds, probe.PeriodSeconds, probe.TimeoutSeconds, probe.FailureThreshold)
            : throw new DistributedApplicationException(
                $"'{project.Name}' has no {type} probe: declare it in the AppHost with .WithHttpProbe(ProbeType.{type}, \"/path\").");

    private static List<IResource> References(IResource resource) =>
        resource.Annotations.OfType<ResourceRelationshipAnnotation>()
            .Where(relationship => relationship.Type == ReferenceRelationship)
            .Select(relationship => relationship.Resource)
            .Distinct()
            .ToList();

    private static async Task<Dictionary<string, object>> EnvironmentAsync(
        IResource resource, DistributedApplicationExecutionContext executionContext, CancellationToken ct)
    {
        var variables = new Dictionary<string, object>(StringComparer.Ordinal);
        var context = new EnvironmentCallbackContext(executionContext, resource, variables, ct);
        foreach (var callback in resource.Annotations.OfType<EnvironmentCallbackAnnotation>())
        {
            await callback.Callback(context);
        }

        return variables;
    }

    private static void Validate(Workload workload, GkeEnvironmentResource environment)
    {
        if (!DnsLabel().IsMatch(workload.Name))
        {
            throw new DistributedApplicationException($"'{workload.Name}' is not a valid Kubernetes name (lower-case letters, digits and '-').");
        }

        if (workload.IsExternal != workload.Options.IngressRoutes.Count > 0)
        {
            throw new DistributedApplicationException(workload.IsExternal
                ? $"'{workload.Name}' has an external endpoint: name the paths the gateway routes to it in WithGkeWorkload(k => k.IngressRoutes = ...)."
                : $"'{workload.Name}' has ingress routes but no external endpoint (WithExternalHttpEndpoints).");
        }

        ValidatePeerPaths(workload);

        if (workload.GoogleApis.Count > 0 && string.IsNullOrWhiteSpace(environment.Options.GcpProjectId))
        {
            throw new DistributedApplicationException(
                $"'{workload.Name}' uses a Google Cloud API: set the GCP project of the Kubernetes environment '{environment.Name}'.");
        }
    }

    // The paths that the pods call on each other are inside the cluster only: exact, and never routed by the gateway.
    private static void ValidatePeerPaths(Workload workload)
    {
        if (!workload.HasPeers)
        {
            return;
        }

        if (!DnsLabel().IsMatch(workload.PeersServiceName))
        {
            throw new DistributedApplicationException($"'{workload.PeersServiceName}', the Service of the peers of '{workload.Name}', is not a valid Kubernetes name: shorten the resource's name.");
        }

        foreach (var path in workload.Options.PeerPaths)
        {
            if (!path.StartsWith('/') || path.IndexOfAny(['*', '?', '#']) >= 0)
            {
                throw new DistributedApplicationException($"The peer path '{path}' of '{workload.Name}' must be an exact path that starts with '/'.");
            }

            if (workload.Options.IngressRoutes.FirstOrDefault(route => Covers(route, path)) is { } route)
            {
                throw new DistributedApplicationException(
                    $"The peer path '{path}' of '{workload.Name}' would be public: the ingress route '{route.Path}' ({route.Match}) covers it.");
            }
        }
    }

    // A prefix "/api/" takes "/api" too where the Gateway API routes it (its prefixes match whole segments).
    private static bool Covers(IngressRoute route, string path) => route.Match == IngressPathMatch.Exact
        ? route.Path == path
        : path.StartsWith(route.Path, StringComparison.Ordinal) || path == route.Path.TrimEnd('/');

    [GeneratedRegex("^sha256:[a-f0-9]{64}$")]
    private static partial Regex ImageDigest();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")]
    private static partial Regex DnsLabel();
}
