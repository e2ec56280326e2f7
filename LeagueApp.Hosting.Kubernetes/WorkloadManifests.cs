using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>The plain Kubernetes objects of one workload, in a folder of its own as Aspirate lays them out.</summary>
internal static class WorkloadManifests
{
    // The "app" user that the official .NET 8+ images (and `dotnet publish -t:PublishContainer`) run as.
    private const int AppUserId = 1654;

    public static IEnumerable<ManifestFile> Create(Cluster cluster, Workload workload)
    {
        var files = new List<ManifestFile>
        {
            new($"{workload.Name}/serviceaccount.yaml", ServiceAccount(cluster, workload)),
            new($"{workload.Name}/configmap.yaml", ConfigMap(cluster, workload)),
            new($"{workload.Name}/deployment.yaml", Deployment(cluster, workload)),
            new($"{workload.Name}/service.yaml", Service(cluster, workload)),
            new($"{workload.Name}/poddisruptionbudget.yaml", PodDisruptionBudget(cluster, workload.Name)),
        };
        if (workload.HasPeers)
        {
            files.Add(new($"{workload.Name}/peers-service.yaml", WorkloadPeers.Service(cluster, workload)));
        }

        if (workload.Options.Replicas.IsAutoscaled)
        {
            files.Add(new($"{workload.Name}/horizontalpodautoscaler.yaml", HorizontalPodAutoscaler(cluster, workload)));
        }

        files.Add(new($"{workload.Name}/kustomization.yaml", Kustomizations.Resources(files.Select(file => Path.GetFileName(file.Path)))));
        return files;
    }

    /// <summary>Its own service account, with the Google service account that Workload Identity maps it to where it has one.</summary>
    public static V1ServiceAccount ServiceAccount(Cluster cluster, string name, string? googleServiceAccount)
    {
        var metadata = cluster.Metadata(name, name);
        if (googleServiceAccount is not null)
        {
            metadata.Annotations = new Dictionary<string, string> { [Cluster.WorkloadIdentityAnnotation] = googleServiceAccount };
        }

        // The pods never call the Kubernetes API; Workload Identity does not need the token either.
        return new V1ServiceAccount { AutomountServiceAccountToken = false, Metadata = metadata }.WithTypeMeta();
    }

    /// <summary>One pod at a time may go during node upgrades; with two or more replicas one always serves.</summary>
    public static V1PodDisruptionBudget PodDisruptionBudget(Cluster cluster, string name) => new V1PodDisruptionBudget
    {
        Metadata = cluster.Metadata(name, name),
        Spec = new V1PodDisruptionBudgetSpec { MaxUnavailable = 1, Selector = cluster.LabelSelector(name) },
    }.WithTypeMeta();

    /// <summary>What the official images expect of their container: no privileges, nothing written outside mounted volumes.</summary>
    public static V1SecurityContext RestrictedContainer() => new()
    {
        AllowPrivilegeEscalation = false,
        Capabilities = new V1Capabilities { Drop = ["ALL"] },
        Privileged = false,
        ReadOnlyRootFilesystem = true,
        RunAsNonRoot = true,
    };

    public static V1ContainerPort TcpPort(string name, int port) => new() { ContainerPort = port, Name = name, Protocol = "TCP" };

    public static Dictionary<string, ResourceQuantity> Resources(string cpu, string memory) =>
        new() { ["cpu"] = new ResourceQuantity(cpu), ["memory"] = new ResourceQuantity(memory) };

    private static string ConfigMapName(Workload workload) => $"{workload.Name}-config";

    /// <summary>The model's environment, and what the cluster adds: the host's shutdown budget (ServiceDefaults binds it).</summary>
    private static SortedDictionary<string, string> Settings(Workload workload) => new(workload.Settings.ToDictionary(), StringComparer.Ordinal)
    {
        ["HostOptions__ShutdownTimeout"] = Rollout.ShutdownTimeout(workload.Options).ToString("c", CultureInfo.InvariantCulture),
    };

    private static V1ServiceAccount ServiceAccount(Cluster cluster, Workload workload) =>
        ServiceAccount(cluster, workload.Name, workload.GoogleApis.Count > 0 ? cluster.GoogleServiceAccount(workload) : null);

    private static V1ConfigMap ConfigMap(Cluster cluster, Workload workload) => new V1ConfigMap
    {
        Data = Settings(workload),
        Metadata = cluster.Metadata(ConfigMapName(workload), workload.Name),
    }.WithTypeMeta();

    private static V1Deployment Deployment(Cluster cluster, Workload workload) => new V1Deployment
    {
        Metadata = cluster.Metadata(workload.Name, workload.Name),
        Spec = new V1DeploymentSpec
        {
            // With an autoscaler the replica count is its to manage; a fixed one would fight it on every apply.
            Replicas = workload.Options.Replicas.IsAutoscaled ? null : workload.Options.Replicas.Min,
            RevisionHistoryLimit = 5,
            Selector = cluster.LabelSelector(workload.Name),
            // A new pod must be ready before an old one goes, so a rollout never lowers capacity.
            Strategy = new V1DeploymentStrategy
            {
                RollingUpdate = new V1RollingUpdateDeployment { MaxSurge = 1, MaxUnavailable = 0 },
                Type = "RollingUpdate",
            },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta
                {
                    // Settings come from the ConfigMap: a changed one rolls the pods.
                    Annotations = new Dictionary<string, string> { ["checksum/config"] = Checksum(Settings(workload)) },
                    Labels = cluster.Labels(workload.Name),
                },
                Spec = PodSpec(cluster, workload),
            },
        },
    }.WithTypeMeta();

    private static V1PodSpec PodSpec(Cluster cluster, Workload workload) => new()
    {
        AutomountServiceAccountToken = false,
        Containers = [Container(cluster, workload)],
        SecurityContext = new V1PodSecurityContext
        {
            FsGroup = AppUserId,
            RunAsGroup = AppUserId,
            RunAsNonRoot = true,
            RunAsUser = AppUserId,
            SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
        },
        ServiceAccountName = workload.Name,
        TerminationGracePeriodSeconds = Seconds(Rollout.GracePeriod(workload.Options)),
        // Replicas on different nodes, and zones where the cluster has several: one node or zone lost
        // never takes every replica. A node is a hard rule (the autoscaler adds one); a zone a preference.
        TopologySpreadConstraints =
        [
            Spread(cluster, workload, "kubernetes.io/hostname", "DoNotSchedule"),
            Spread(cluster, workload, "topology.kubernetes.io/zone", "ScheduleAnyway"),
        ],
        // The root filesystem is read-only; .NET still wants a writable /tmp (diagnostics sockets).
        Volumes = [new V1Volume { EmptyDir = new V1EmptyDirVolumeSource { SizeLimit = new ResourceQuantity("64Mi") }, Name = "tmp" }],
    };

    private static V1Container Container(Cluster cluster, Workload workload) => new()
    {
        Env = Environment(workload),
        EnvFrom = [new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = ConfigMapName(workload) } }],
        Image = cluster.Image(workload),
        ImagePullPolicy = "IfNotPresent",
        // Kept serving while the endpoint's removal propagates; then SIGTERM, and in-flight requests finish.
        Lifecycle = new V1Lifecycle { PreStop = new V1LifecycleHandler { Sleep = new V1SleepAction { Seconds = Seconds(workload.Options.DrainDelay) } } },
        LivenessProbe = Probe(workload.Liveness),
        Name = workload.Name,
        Ports = [TcpPort(Workload.PortName, workload.ContainerPort)],
        ReadinessProbe = Probe(workload.Readiness),
        Resources = new V1ResourceRequirements
        {
            Limits = Resources(workload.Options.CpuLimit, workload.Options.MemoryLimit),
            Requests = Resources(workload.Options.CpuRequest, workload.Options.MemoryRequest),
        },
        SecurityContext = RestrictedContainer(),
        // Liveness only counts once the service has started, however long a cold start takes.
        StartupProbe = Probe(workload.Liveness with
        {
            InitialDelaySeconds = 0,
            PeriodSeconds = Rollout.StartupProbePeriodSeconds,
            FailureThreshold = Rollout.StartupProbeFailures(workload.Options),
        }),
        VolumeMounts = [new V1VolumeMount { MountPath = "/tmp", Name = "tmp" }],
    };

    /// <summary>Secrets by reference; the pod's own address where its pods call each other (every variant needs it).</summary>
    private static List<V1EnvVar>? Environment(Workload workload)
    {
        var variables = workload.Secrets.Select(secret => new V1EnvVar
        {
            Name = secret.Key,
            ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Key = secret.Value.Key, Name = secret.Value.SecretName } },
        }).ToList();
        if (workload.HasPeers)
        {
            variables.Add(WorkloadPeers.PodIp());
        }

        return variables.Count == 0 ? null : variables;
    }

    private static V1Probe Probe(HttpProbe probe) => new()
    {
        FailureThreshold = probe.FailureThreshold,
        HttpGet = new V1HTTPGetAction { Path = probe.Path, Port = Workload.PortName },
        InitialDelaySeconds = probe.InitialDelaySeconds,
        PeriodSeconds = probe.PeriodSeconds,
        TimeoutSeconds = probe.TimeoutSeconds,
    };

    private static V1TopologySpreadConstraint Spread(Cluster cluster, Workload workload, string topologyKey, string whenUnsatisfiable) => new()
    {
        LabelSelector = cluster.LabelSelector(workload.Name),
        MaxSkew = 1,
        TopologyKey = topologyKey,
        WhenUnsatisfiable = whenUnsatisfiable,
    };

    private static int Seconds(TimeSpan duration) => (int)Math.Ceiling(duration.TotalSeconds);

    private static V1Service Service(Cluster cluster, Workload workload) => new V1Service
    {
        Metadata = cluster.Metadata(workload.Name, workload.Name),
        Spec = new V1ServiceSpec
        {
            // The name and appProtocol tell Istio that this port speaks HTTP.
            Ports = [ServicePort(Workload.PortName, workload.ServicePort, "http")],
            Selector = cluster.Selector(workload.Name),
            Type = "ClusterIP",
        },
    }.WithTypeMeta();

    /// <summary>A TCP port of a Service that targets the container port of the same name.</summary>
    public static V1ServicePort ServicePort(string name, int port, string appProtocol) => new()
    {
        AppProtocol = appProtocol,
        Name = name,
        Port = port,
        Protocol = "TCP",
        TargetPort = name,
    };

    private static V2HorizontalPodAutoscaler HorizontalPodAutoscaler(Cluster cluster, Workload workload) => new V2HorizontalPodAutoscaler
    {
        Metadata = cluster.Metadata(workload.Name, workload.Name),
        Spec = new V2HorizontalPodAutoscalerSpec
        {
            MaxReplicas = workload.Options.Replicas.Max,
            Metrics =
            [
                new V2MetricSpec
                {
                    Resource = new V2ResourceMetricSource
                    {
                        Name = "cpu",
                        Target = new V2MetricTarget { AverageUtilization = workload.Options.Replicas.TargetCpuUtilizationPercent, Type = "Utilization" },
                    },
                    Type = "Resource",
                },
            ],
            MinReplicas = workload.Options.Replicas.Min,
            ScaleTargetRef = new V2CrossVersionObjectReference { ApiVersion = "apps/v1", Kind = "Deployment", Name = workload.Name },
        },
    }.WithTypeMeta();

    private static string Checksum(IReadOnlyDictionary<string, string> settings)
    {
        var text = string.Concat(settings.Select(setting => $"{setting.Key}={setting.Value}\n"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
