using k8s;
using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// The OpenTelemetry Collector of the observability component. It runs outside the mesh (no sidecar),
/// so that the component works with or without Istio; its NetworkPolicy admits only the app's pods.
/// </summary>
internal static class OpenTelemetryCollector
{
    // The Collector's contrib distribution: it has the Google Cloud exporters and the GCP resource detector.
    public const string Image = "otel/opentelemetry-collector-contrib:0.159.0";

    public const string ConfigFileName = "config.yaml";

    private const string Name = ObservabilityManifests.CollectorName;
    private const int HealthPort = 13133;

    // The Service's ports target the container's by name.
    private const string OtlpGrpcPortName = "otlp-grpc";
    private const string OtlpHttpPortName = "otlp-http";
    private const string HealthPortName = "health";
    private const int Replicas = 2;
    private const int CollectorUserId = 10001;

    public static IEnumerable<IKubernetesObject> Create(Cluster cluster)
    {
        // Workload Identity: writes to Cloud Trace, Monitoring and Logging as its own Google service account.
        yield return WorkloadManifests.ServiceAccount(cluster, Name,
            string.IsNullOrWhiteSpace(cluster.Options.GcpProjectId) ? null : cluster.GoogleServiceAccount(Name));
        yield return new V1ConfigMap
        {
            Data = new Dictionary<string, string> { [ConfigFileName] = ManifestYaml.Write(Config()) },
            Metadata = cluster.Metadata(Name, Name),
        }.WithTypeMeta();
        yield return Deployment(cluster);
        yield return new V1Service
        {
            Metadata = cluster.Metadata(Name, Name),
            Spec = new V1ServiceSpec
            {
                Ports =
                [
                    WorkloadManifests.ServicePort(OtlpGrpcPortName, ObservabilityManifests.OtlpGrpcPort, "grpc"),
                    WorkloadManifests.ServicePort(OtlpHttpPortName, ObservabilityManifests.OtlpHttpPort, "http"),
                ],
                Selector = cluster.Selector(Name),
                Type = "ClusterIP",
            },
        }.WithTypeMeta();
        yield return WorkloadManifests.PodDisruptionBudget(cluster, Name);
        // The app's pods send telemetry here; the collector sends it on to Google APIs only.
        yield return NetworkPolicyManifests.Policy(
            cluster,
            Name,
            cluster.Selector(Name),
            ingress:
            [
                new V1NetworkPolicyIngressRule
                {
                    FromProperty = [NetworkPolicyManifests.Peer(cluster.AppPods())],
                    Ports = NetworkPolicyManifests.TcpPorts(ObservabilityManifests.OtlpGrpcPort, ObservabilityManifests.OtlpHttpPort),
                },
            ],
            egress: NetworkPolicyManifests.GoogleApis(),
            workload: Name);
    }

    /// <summary>
    /// OTLP in; traces to Cloud Trace, metrics to Managed Prometheus, logs to Cloud Logging. The GCP
    /// detector adds the project, cluster and zone that the exporters need; the project's credentials
    /// come from Workload Identity.
    /// </summary>
    public static CollectorConfig Config()
    {
        static CollectorPipeline Pipeline(string exporter) => new([exporter], ["memory_limiter", "resourcedetection", "batch"], ["otlp"]);

        return new CollectorConfig(
            new CollectorExporters(new GoogleCloudExporter(new GoogleCloudLog("opentelemetry-collector")), new GoogleManagedPrometheusExporter()),
            new CollectorExtensions(new CollectorEndpoint($"0.0.0.0:{HealthPort}")),
            new CollectorProcessors(
                new BatchProcessor(SendBatchMaxSize: 200, SendBatchSize: 200, Timeout: "5s"),
                // Refuses data (the services retry) rather than let the pod run out of memory.
                new MemoryLimiterProcessor(CheckInterval: "1s", LimitPercentage: 65, SpikeLimitPercentage: 20),
                new ResourceDetectionProcessor(["env", "gcp"], Timeout: "10s")),
            new CollectorReceivers(new OtlpReceiver(new OtlpProtocols(
                new CollectorEndpoint($"0.0.0.0:{ObservabilityManifests.OtlpGrpcPort}"),
                new CollectorEndpoint($"0.0.0.0:{ObservabilityManifests.OtlpHttpPort}")))),
            new CollectorService(["health_check"], new CollectorPipelines(
                Logs: Pipeline("googlecloud"),
                Metrics: Pipeline("googlemanagedprometheus"),
                Traces: Pipeline("googlecloud"))));
    }

    private static V1Deployment Deployment(Cluster cluster)
    {
        var probe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/", Port = HealthPortName }, PeriodSeconds = 10 };
        var container = new V1Container
        {
            Args = [$"--config=/conf/{ConfigFileName}"],
            // GOMEMLIMIT keeps the Go runtime under the container's limit; the memory limiter acts first.
            Env = [ObservabilityManifests.Setting("GOMEMLIMIT", "320MiB")],
            Image = Image,
            ImagePullPolicy = "IfNotPresent",
            LivenessProbe = probe,
            Name = Name,
            Ports =
            [
                WorkloadManifests.TcpPort(OtlpGrpcPortName, ObservabilityManifests.OtlpGrpcPort),
                WorkloadManifests.TcpPort(OtlpHttpPortName, ObservabilityManifests.OtlpHttpPort),
                WorkloadManifests.TcpPort(HealthPortName, HealthPort),
            ],
            ReadinessProbe = probe,
            Resources = new V1ResourceRequirements
            {
                Limits = WorkloadManifests.Resources("500m", "400Mi"),
                Requests = WorkloadManifests.Resources("100m", "200Mi"),
            },
            SecurityContext = WorkloadManifests.RestrictedContainer(),
            VolumeMounts = [new V1VolumeMount { MountPath = "/conf", Name = "config", ReadOnlyProperty = true }],
        };
        return new V1Deployment
        {
            Metadata = cluster.Metadata(Name, Name),
            Spec = new V1DeploymentSpec
            {
                Replicas = Replicas,
                Selector = cluster.LabelSelector(Name),
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta
                    {
                        Annotations = new Dictionary<string, string> { ["sidecar.istio.io/inject"] = "false" },
                        Labels = cluster.Labels(Name),
                    },
                    Spec = new V1PodSpec
                    {
                        AutomountServiceAccountToken = false,
                        Containers = [container],
                        SecurityContext = new V1PodSecurityContext
                        {
                            RunAsGroup = CollectorUserId,
                            RunAsNonRoot = true,
                            RunAsUser = CollectorUserId,
                            SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
                        },
                        ServiceAccountName = Name,
                        Volumes = [new V1Volume { ConfigMap = new V1ConfigMapVolumeSource { Name = Name }, Name = "config" }],
                    },
                },
            },
        }.WithTypeMeta();
    }
}
