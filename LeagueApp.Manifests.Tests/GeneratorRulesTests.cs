using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using k8s.Models;
using LeagueApp.Hosting.Kubernetes;
using LeagueApp.Manifests.Tests.Infrastructure;

namespace LeagueApp.Manifests.Tests;

/// <summary>How the generator reads models other than League App's: translations, and refusals that name the fix.</summary>
public sealed class GeneratorRulesTests
{
    private static readonly string AnyProject = Path.Combine(Repository.Root, "LeagueApp.Stats", "LeagueApp.Stats.csproj");

    [Fact]
    public async Task An_endpoint_reference_becomes_the_in_cluster_url_of_the_service_port_and_https_is_left_out()
    {
        var workloads = await ReadAsync(builder =>
        {
            var backend = Project(builder, "backend").WithGkeWorkload(k => k.ServicePort = 81);
            Project(builder, "caller").WithReference(backend).WithEnvironment("BACKEND_PORT", backend.GetEndpoint("http").Property(EndpointProperty.TargetPort));
        });

        var caller = workloads.Single(workload => workload.Name == "caller");
        Assert.Equal("http://backend:81", caller.Settings["services__backend__http__0"]);
        Assert.Equal("8080", caller.Settings["BACKEND_PORT"]);
        Assert.DoesNotContain(caller.Settings.Keys, key => key.Contains("https", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["caller"], workloads.Single(workload => workload.Name == "backend").Callers);
    }

    [Fact]
    public async Task A_secret_parameter_is_a_secret_reference_and_a_plain_one_a_setting()
    {
        var workloads = await ReadAsync(builder =>
        {
            var secret = builder.AddParameter("token", "s3cret-value", secret: true);
            var plain = builder.AddParameter("greeting", "hello");
            Project(builder, "svc").WithEnvironment("Token", secret).WithEnvironment("Greeting", plain);
        });

        var workload = Assert.Single(workloads);
        Assert.Equal(new SecretReference("test-token", "value"), workload.Secrets["Token"]);
        Assert.False(workload.Settings.ContainsKey("Token"));
        Assert.Equal("hello", workload.Settings["Greeting"]);
    }

    [Fact]
    public async Task A_secret_inside_a_larger_value_is_refused()
    {
        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => ReadAsync(builder =>
        {
            var secret = builder.AddParameter("token", "s3cret-value", secret: true);
            Project(builder, "svc").WithEnvironment("Header", ReferenceExpression.Create($"Bearer {secret}"));
        }));

        Assert.Contains("'Header'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_without_probes_is_refused_with_the_fix()
    {
        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() =>
            ReadAsync(builder => builder.AddProject("bare", AnyProject)));

        Assert.Contains("WithHttpProbe(ProbeType.Readiness", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_external_endpoint_without_ingress_routes_is_refused()
    {
        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() =>
            ReadAsync(builder => Project(builder, "public").WithExternalHttpEndpoints()));

        Assert.Contains("IngressRoutes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Google_Cloud_API_needs_the_GCP_project_of_the_environment()
    {
        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => ReadAsync(builder =>
        {
            var database = builder.AddConnectionString("db").PublishAsGoogleCloudApi(new GoogleKeyFile("db-secret", "key", "Db__KeyFile"), "db.googleapis.com");
            Project(builder, "svc").WithReference(database);
        }));

        Assert.Contains("GCP project", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_digest_pins_the_image_and_a_malformed_or_unknown_one_is_refused()
    {
        var digest = "sha256:" + new string('a', 64);
        var (workloads, environment) = await ReadWithDigestsAsync(new() { ["svc"] = digest });
        Assert.Equal($"registry.example/test/svc:1.0.0@{digest}", Cluster.Of(environment).Image(Assert.Single(workloads)));

        var malformed = await Assert.ThrowsAsync<DistributedApplicationException>(() => ReadWithDigestsAsync(new() { ["svc"] = "latest" }));
        Assert.Contains("sha256:", malformed.Message, StringComparison.Ordinal);
        var unknown = await Assert.ThrowsAsync<DistributedApplicationException>(() => ReadWithDigestsAsync(new() { ["other"] = digest }));
        Assert.Contains("'other', which is not a project", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fixed_replica_count_is_the_deployments_own_and_has_no_autoscaler()
    {
        var builder = DistributedApplication.CreateBuilder(["--operation", "publish"]);
        var environment = builder.AddGkeEnvironment("test", k => k.ImageRegistry = "registry.example/test").Resource;
        Project(builder, "svc").WithGkeWorkload(k => k.Replicas = WorkloadReplicas.Fixed(3));
        var workload = Assert.Single(await WorkloadReader.ReadAsync(new DistributedApplicationModel(builder.Resources), environment, builder.ExecutionContext, CancellationToken.None));

        var documents = WorkloadManifests.Create(Cluster.Of(environment), workload).SelectMany(file => file.Documents).ToList();

        Assert.Equal(3, Assert.Single(documents.OfType<V1Deployment>()).Spec.Replicas);
        Assert.Empty(documents.OfType<V2HorizontalPodAutoscaler>());
    }

    [Fact]
    public async Task Peer_paths_give_only_their_workload_its_pod_address_a_headless_service_and_policies_for_its_own_pods()
    {
        var builder = DistributedApplication.CreateBuilder(["--operation", "publish"]);
        var environment = builder.AddGkeEnvironment("test", k => k.ImageRegistry = "registry.example/test").Resource;
        Project(builder, "svc").WithGkeWorkload(k => k.PeerPaths = ["/internal/b", "/internal/a"]);
        Project(builder, "other");
        var workloads = await WorkloadReader.ReadAsync(new DistributedApplicationModel(builder.Resources), environment, builder.ExecutionContext, CancellationToken.None);
        var files = ManifestSet.Create(Cluster.Of(environment), workloads);
        var documents = files.SelectMany(file => file.Documents).ToList();

        // In the workloads' own folders, so that every variant has it.
        var deployments = files.Where(file => file.Path.EndsWith("/deployment.yaml", StringComparison.Ordinal) && !file.Path.Contains("/patches/", StringComparison.Ordinal))
            .SelectMany(file => file.Documents).OfType<V1Deployment>().ToDictionary(deployment => deployment.Metadata.Name);
        var podIp = Assert.Single(deployments["svc"].Spec.Template.Spec.Containers.Single().Env);
        Assert.Equal(("POD_IP", "status.podIP"), (podIp.Name, podIp.ValueFrom.FieldRef.FieldPath));
        Assert.Null(deployments["other"].Spec.Template.Spec.Containers.Single().Env);

        var peers = Assert.Single(documents.OfType<V1Service>(), service => service.Spec.ClusterIP == "None");
        Assert.Equal(("svc-peers", "svc"), (peers.Metadata.Name, peers.Spec.Selector["app.kubernetes.io/name"]));

        var rules = documents.OfType<IstioAuthorizationPolicy>().Where(policy => policy.Spec.Rules is not null).SelectMany(policy => policy.Spec.Rules!.Select(rule => (policy.Metadata.Name, Rule: rule)));
        var peerRule = Assert.Single(rules, rule => rule.Rule.To?.Any(to => to.Operation.Methods.Contains("POST")) == true);
        Assert.Equal("svc", peerRule.Name);
        Assert.Equal(["cluster.local/ns/test/sa/svc"], peerRule.Rule.From!.Single().Source.Principals);
        Assert.Equal(["/internal/a", "/internal/b"], peerRule.Rule.To!.Single().Operation.Paths);

        var policies = documents.OfType<V1NetworkPolicy>().ToDictionary(policy => policy.Metadata.Name);
        Assert.Contains(policies["svc"].Spec.Ingress.SelectMany(rule => rule.FromProperty ?? []), peer => peer.PodSelector?.MatchLabels["app.kubernetes.io/name"] == "svc");
        Assert.Contains(policies["svc"].Spec.Egress.SelectMany(rule => rule.To ?? []), peer => peer.PodSelector?.MatchLabels["app.kubernetes.io/name"] == "svc");
        Assert.DoesNotContain(policies["other"].Spec.Ingress.SelectMany(rule => rule.FromProperty ?? []), peer => peer.PodSelector?.MatchLabels.ContainsKey("app.kubernetes.io/name") == true);
    }

    [Theory]
    [InlineData("/api/refresh", "ingress route '/api/'")]
    [InlineData("/api", "ingress route '/api/'")]
    [InlineData("/status", "ingress route '/status'")]
    [InlineData("internal/x", "exact path")]
    [InlineData("/internal/*", "exact path")]
    public async Task A_peer_path_that_is_not_exact_or_that_the_ingress_routes_is_refused(string path, string reason)
    {
        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => ReadAsync(builder => Project(builder, "public")
            .WithExternalHttpEndpoints()
            .WithGkeWorkload(k =>
            {
                k.IngressRoutes = [IngressRoute.Prefix("/api/", IngressRetries.None), IngressRoute.Exact("/status", IngressRetries.Always)];
                k.PeerPaths = [path];
            })));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_autoscaled_range_needs_room_to_scale()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkloadReplicas.Autoscaled(min: 3, max: 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkloadReplicas.Autoscaled(min: 0, max: 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkloadReplicas.Autoscaled(min: 2, max: 4, targetCpuUtilizationPercent: 0));
    }

    private static async Task<(IReadOnlyList<Workload>, GkeEnvironmentResource)> ReadWithDigestsAsync(Dictionary<string, string> digests)
    {
        var builder = DistributedApplication.CreateBuilder(["--operation", "publish"]);
        var environment = builder.AddGkeEnvironment("test", k =>
        {
            k.ImageRegistry = "registry.example/test";
            k.ImageDigests = digests;
        }).Resource;
        Project(builder, "svc");
        return (await WorkloadReader.ReadAsync(new DistributedApplicationModel(builder.Resources), environment, builder.ExecutionContext, CancellationToken.None), environment);
    }

    private static IResourceBuilder<ProjectResource> Project(IDistributedApplicationBuilder builder, string name) =>
        builder.AddProject(name, AnyProject)
            .WithHttpProbe(ProbeType.Readiness, "/health")
            .WithHttpProbe(ProbeType.Liveness, "/alive");

    private static async Task<IReadOnlyList<Workload>> ReadAsync(Action<IDistributedApplicationBuilder> model)
    {
        var builder = DistributedApplication.CreateBuilder(["--operation", "publish"]);
        var environment = builder.AddGkeEnvironment("test", k => k.ImageRegistry = "registry.example/test").Resource;
        model(builder);
        return await WorkloadReader.ReadAsync(new DistributedApplicationModel(builder.Resources), environment, builder.ExecutionContext, CancellationToken.None);
    }
}
