using System.Globalization;
using System.Security.Cryptography;
using System.Text;

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
            new($"{workload.Name}/poddisruptionbudget.yaml", PodDisruptionBudget(cluster, workload)),
        };
        if (workload.IsAutoscaled)
        {
            files.Add(new($"{workload.Name}/horizontalpodautoscaler.yaml", HorizontalPodAutoscaler(cluster, workload)));
        }

        files.Add(new($"{workload.Name}/kustomization.yaml", Kustomizations.Resources(files.Select(file => Path.GetFileName(file.Path)))));
        return files;
    }

    private static string ConfigMapName(Workload workload) => $"{workload.Name}-config";

    /// <summary>The model's environment, and what the cluster adds: the host's shutdown budget (ServiceDefaults binds it).</summary>
    private static SortedDictionary<string, string> Settings(Workload workload) => new(workload.Settings.ToDictionary(), StringComparer.Ordinal)
    {
        ["HostOptions__ShutdownTimeout"] = Rollout.ShutdownTimeout(workload.Options).ToString("c", CultureInfo.InvariantCulture),
    };

    private static SortedMap ServiceAccount(Cluster cluster, Workload workload)
    {
        var metadata = cluster.Metadata(workload.Name, workload.Name);
        if (workload.GoogleApis.Count > 0)
        {
            // Workload Identity: pods of this account act as their own Google service account.
            metadata["annotations"] = new SortedMap { [Cluster.WorkloadIdentityAnnotation] = cluster.GoogleServiceAccount(workload) };
        }

        return new SortedMap
        {
            ["apiVersion"] = "v1",
            ["automountServiceAccountToken"] = false,
            ["kind"] = "ServiceAccount",
            ["metadata"] = metadata,
        };
    }

    private static SortedMap ConfigMap(Cluster cluster, Workload workload)
    {
        var data = new SortedMap();
        foreach (var (key, value) in Settings(workload))
        {
            data[key] = value;
        }

        return new SortedMap
        {
            ["apiVersion"] = "v1",
            ["data"] = data,
            ["kind"] = "ConfigMap",
            ["metadata"] = cluster.Metadata(ConfigMapName(workload), workload.Name),
        };
    }

    private static SortedMap Deployment(Cluster cluster, Workload workload)
    {
        var spec = new SortedMap
        {
            ["revisionHistoryLimit"] = 5,
            ["selector"] = new SortedMap { ["matchLabels"] = cluster.Selector(workload.Name) },
            // A new pod must be ready before an old one goes, so a rollout never lowers capacity.
            ["strategy"] = new SortedMap
            {
                ["rollingUpdate"] = new SortedMap { ["maxSurge"] = 1, ["maxUnavailable"] = 0 },
                ["type"] = "RollingUpdate",
            },
            ["template"] = new SortedMap
            {
                ["metadata"] = new SortedMap
                {
                    // Settings come from the ConfigMap: a changed one rolls the pods.
                    ["annotations"] = new SortedMap { ["checksum/config"] = Checksum(Settings(workload)) },
                    ["labels"] = cluster.Labels(workload.Name),
                },
                ["spec"] = PodSpec(cluster, workload),
            },
        };
        if (!workload.IsAutoscaled)
        {
            // With an autoscaler the replica count is its to manage; a fixed one would fight it on every apply.
            spec["replicas"] = workload.Options.Replicas;
        }

        return new SortedMap
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "Deployment",
            ["metadata"] = cluster.Metadata(workload.Name, workload.Name),
            ["spec"] = spec,
        };
    }

    private static SortedMap PodSpec(Cluster cluster, Workload workload) => new()
    {
        // The services never call the Kubernetes API; Workload Identity does not need the token either.
        ["automountServiceAccountToken"] = false,
        ["containers"] = new object[] { Container(cluster, workload) },
        ["securityContext"] = new SortedMap
        {
            ["fsGroup"] = AppUserId,
            ["runAsGroup"] = AppUserId,
            ["runAsNonRoot"] = true,
            ["runAsUser"] = AppUserId,
            ["seccompProfile"] = new SortedMap { ["type"] = "RuntimeDefault" },
        },
        ["serviceAccountName"] = workload.Name,
        ["terminationGracePeriodSeconds"] = Seconds(Rollout.GracePeriod(workload.Options)),
        // Replicas on different nodes, and zones where the cluster has several: one node or zone lost
        // never takes every replica. A node is a hard rule (the autoscaler adds one); a zone a preference.
        ["topologySpreadConstraints"] = new object[]
        {
            Spread(cluster, workload, "kubernetes.io/hostname", "DoNotSchedule"),
            Spread(cluster, workload, "topology.kubernetes.io/zone", "ScheduleAnyway"),
        },
        ["volumes"] = new object[]
        {
            // The root filesystem is read-only; .NET still wants a writable /tmp (diagnostics sockets).
            new SortedMap { ["emptyDir"] = new SortedMap { ["sizeLimit"] = "64Mi" }, ["name"] = "tmp" },
        },
    };

    private static SortedMap Container(Cluster cluster, Workload workload)
    {
        var container = new SortedMap
        {
            ["envFrom"] = new object[] { new SortedMap { ["configMapRef"] = new SortedMap { ["name"] = ConfigMapName(workload) } } },
            ["image"] = cluster.Image(workload),
            ["imagePullPolicy"] = "IfNotPresent",
            // Kept serving while the endpoint's removal propagates; then SIGTERM, and in-flight requests finish.
            ["lifecycle"] = new SortedMap
            {
                ["preStop"] = new SortedMap { ["sleep"] = new SortedMap { ["seconds"] = Seconds(workload.Options.DrainDelay) } },
            },
            ["livenessProbe"] = Probe(workload.Liveness),
            ["name"] = workload.Name,
            ["ports"] = new object[]
            {
                new SortedMap { ["containerPort"] = workload.ContainerPort, ["name"] = Workload.PortName, ["protocol"] = "TCP" },
            },
            ["readinessProbe"] = Probe(workload.Readiness),
            ["resources"] = new SortedMap
            {
                ["limits"] = new SortedMap { ["cpu"] = workload.Options.CpuLimit, ["memory"] = workload.Options.MemoryLimit },
                ["requests"] = new SortedMap { ["cpu"] = workload.Options.CpuRequest, ["memory"] = workload.Options.MemoryRequest },
            },
            ["securityContext"] = new SortedMap
            {
                ["allowPrivilegeEscalation"] = false,
                ["capabilities"] = new SortedMap { ["drop"] = new object[] { "ALL" } },
                ["privileged"] = false,
                ["readOnlyRootFilesystem"] = true,
                ["runAsNonRoot"] = true,
            },
            // Liveness only counts once the service has started, however long a cold start takes.
            ["startupProbe"] = StartupProbe(workload),
            ["volumeMounts"] = new object[] { new SortedMap { ["mountPath"] = "/tmp", ["name"] = "tmp" } },
        };
        if (workload.Secrets.Count > 0)
        {
            container["env"] = workload.Secrets.Select(secret => (object)new SortedMap
            {
                ["name"] = secret.Key,
                ["valueFrom"] = new SortedMap
                {
                    ["secretKeyRef"] = new SortedMap { ["key"] = secret.Value.Key, ["name"] = secret.Value.SecretName },
                },
            }).ToArray();
        }

        return container;
    }

    private static SortedMap Probe(HttpProbe probe) => new()
    {
        ["failureThreshold"] = probe.FailureThreshold,
        ["httpGet"] = new SortedMap { ["path"] = probe.Path, ["port"] = Workload.PortName },
        ["initialDelaySeconds"] = probe.InitialDelaySeconds,
        ["periodSeconds"] = probe.PeriodSeconds,
        ["timeoutSeconds"] = probe.TimeoutSeconds,
    };

    private static SortedMap StartupProbe(Workload workload)
    {
        var probe = Probe(workload.Liveness with { InitialDelaySeconds = 0, PeriodSeconds = Rollout.StartupProbePeriodSeconds });
        probe["failureThreshold"] = Rollout.StartupProbeFailures(workload.Options);
        return probe;
    }

    private static SortedMap Spread(Cluster cluster, Workload workload, string topologyKey, string whenUnsatisfiable) => new()
    {
        ["labelSelector"] = new SortedMap { ["matchLabels"] = cluster.Selector(workload.Name) },
        ["maxSkew"] = 1,
        ["topologyKey"] = topologyKey,
        ["whenUnsatisfiable"] = whenUnsatisfiable,
    };

    private static int Seconds(TimeSpan duration) => (int)Math.Ceiling(duration.TotalSeconds);

    private static SortedMap Service(Cluster cluster, Workload workload) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Service",
        ["metadata"] = cluster.Metadata(workload.Name, workload.Name),
        ["spec"] = new SortedMap
        {
            ["ports"] = new object[]
            {
                // The name and appProtocol tell Istio that this port speaks HTTP.
                new SortedMap
                {
                    ["appProtocol"] = "http",
                    ["name"] = Workload.PortName,
                    ["port"] = workload.ServicePort,
                    ["protocol"] = "TCP",
                    ["targetPort"] = Workload.PortName,
                },
            },
            ["selector"] = cluster.Selector(workload.Name),
            ["type"] = "ClusterIP",
        },
    };

    private static SortedMap PodDisruptionBudget(Cluster cluster, Workload workload) => new()
    {
        ["apiVersion"] = "policy/v1",
        ["kind"] = "PodDisruptionBudget",
        ["metadata"] = cluster.Metadata(workload.Name, workload.Name),
        ["spec"] = new SortedMap
        {
            // One pod at a time may go during node upgrades; with two or more replicas one always serves.
            ["maxUnavailable"] = 1,
            ["selector"] = new SortedMap { ["matchLabels"] = cluster.Selector(workload.Name) },
        },
    };

    private static SortedMap HorizontalPodAutoscaler(Cluster cluster, Workload workload) => new()
    {
        ["apiVersion"] = "autoscaling/v2",
        ["kind"] = "HorizontalPodAutoscaler",
        ["metadata"] = cluster.Metadata(workload.Name, workload.Name),
        ["spec"] = new SortedMap
        {
            ["maxReplicas"] = workload.Options.MaxReplicas,
            ["metrics"] = new object[]
            {
                new SortedMap
                {
                    ["resource"] = new SortedMap
                    {
                        ["name"] = "cpu",
                        ["target"] = new SortedMap
                        {
                            ["averageUtilization"] = workload.Options.TargetCpuUtilizationPercent,
                            ["type"] = "Utilization",
                        },
                    },
                    ["type"] = "Resource",
                },
            },
            ["minReplicas"] = workload.Options.Replicas,
            ["scaleTargetRef"] = new SortedMap { ["apiVersion"] = "apps/v1", ["kind"] = "Deployment", ["name"] = workload.Name },
        },
    };

    private static string Checksum(IReadOnlyDictionary<string, string> settings)
    {
        var text = string.Concat(settings.Select(setting => $"{setting.Key}={setting.Value}\n"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
