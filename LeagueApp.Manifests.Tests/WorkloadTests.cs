using System.Text.RegularExpressions;
using k8s;
using k8s.Models;
using LeagueApp.Manifests.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;

namespace LeagueApp.Manifests.Tests;

/// <summary>The plain Kubernetes objects hang together, and say what the AppHost's model says.</summary>
[Collection(ManifestsCollection.Name)]
public sealed partial class WorkloadTests(ManifestsFixture fixture)
{
    private IEnumerable<V1Deployment> Deployments => fixture.Full.App<V1Deployment>();

    [Fact]
    public void Every_project_of_the_model_is_a_deployment_and_nothing_else_is()
    {
        Assert.Equal(
            fixture.ModelProjects.Select(project => project.Name).Order(StringComparer.Ordinal),
            Deployments.Select(deployment => deployment.Metadata.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_name_is_a_DNS_1123_name()
    {
        Assert.All(fixture.Full.Objects, item => Assert.Matches(DnsSubdomain(), item.Metadata.Name));
        Assert.All(fixture.Full.App<V1Service>().Select(service => service.Metadata.Name), name => Assert.Matches(DnsLabel(), name));
        Assert.All(Deployments.SelectMany(deployment => deployment.Spec.Template.Spec.Containers), container =>
        {
            Assert.Matches(DnsLabel(), container.Name);
            Assert.All(container.Ports, port => Assert.Matches(DnsLabel(), port.Name));
        });
    }

    [Fact]
    public void Each_deployment_selects_its_pods_and_one_service_budget_and_autoscaler_select_it()
    {
        foreach (var deployment in Deployments)
        {
            var pods = deployment.Spec.Template.Metadata.Labels;
            Assert.True(Selectors.Selects(deployment.Spec.Selector.MatchLabels, pods), deployment.Metadata.Name);
            Assert.Single(fixture.Full.ServicesWithVirtualIp(), service => Selectors.Selects(service.Spec.Selector, pods));
            var budget = Assert.Single(fixture.Full.All<V1PodDisruptionBudget>(), budget => Selectors.Selects(budget.Spec.Selector.MatchLabels, pods));
            var autoscaler = Assert.Single(fixture.Full.All<V2HorizontalPodAutoscaler>(), hpa => hpa.Spec.ScaleTargetRef.Name == deployment.Metadata.Name);

            // The autoscaler owns the replica count, and keeps enough pods that the budget can let one go.
            Assert.Null(deployment.Spec.Replicas);
            Assert.InRange(autoscaler.Spec.MinReplicas ?? 1, 2, autoscaler.Spec.MaxReplicas);
            Assert.Equal("1", budget.Spec.MaxUnavailable.Value);
            Assert.Equal("RollingUpdate", deployment.Spec.Strategy.Type);
        }
    }

    [Fact]
    public void Service_ports_are_named_http_and_target_a_port_of_the_selected_containers()
    {
        foreach (var service in fixture.Full.ServicesWithVirtualIp())
        {
            var deployment = Assert.Single(Deployments, deployment => Selectors.Selects(service.Spec.Selector, deployment.Spec.Template.Metadata.Labels));
            var port = Assert.Single(service.Spec.Ports);
            Assert.Equal("ClusterIP", service.Spec.Type);
            Assert.Equal("http", port.Name);
            Assert.Equal("http", port.AppProtocol);
            Assert.Contains(deployment.Spec.Template.Spec.Containers.SelectMany(container => container.Ports), containerPort => containerPort.Name == port.TargetPort.Value);
        }

        Assert.Equal(80, fixture.Full.Service("frontend").Spec.Ports.Single().Port);
    }

    [Fact]
    public void Every_deployment_probes_the_paths_the_services_map()
    {
        foreach (var deployment in Deployments)
        {
            var container = Assert.Single(deployment.Spec.Template.Spec.Containers);
            var model = fixture.Project(deployment.Metadata.Name);
            Assert.Equal(ServiceDefaultsExtensions.HealthEndpointPath, container.ReadinessProbe.HttpGet.Path);
            Assert.Equal(ServiceDefaultsExtensions.AlivenessEndpointPath, container.LivenessProbe.HttpGet.Path);
            Assert.Equal(model.ProbePaths["Readiness"], container.ReadinessProbe.HttpGet.Path);
            Assert.Equal(model.ProbePaths["Liveness"], container.LivenessProbe.HttpGet.Path);
            Assert.All([container.ReadinessProbe, container.LivenessProbe],
                probe => Assert.Contains(container.Ports, port => port.Name == probe.HttpGet.Port.Value));
        }
    }

    [Fact]
    public void Every_container_has_requests_limits_and_a_locked_down_security_context()
    {
        foreach (var pod in Deployments.Select(deployment => deployment.Spec.Template.Spec))
        {
            var container = Assert.Single(pod.Containers);
            Assert.True(container.Resources.Requests.ContainsKey("cpu") && container.Resources.Requests.ContainsKey("memory"), container.Name);
            Assert.True(container.Resources.Limits.ContainsKey("cpu") && container.Resources.Limits.ContainsKey("memory"), container.Name);
            Assert.False(container.SecurityContext.AllowPrivilegeEscalation);
            Assert.False(container.SecurityContext.Privileged);
            Assert.True(container.SecurityContext.ReadOnlyRootFilesystem);
            Assert.True(container.SecurityContext.RunAsNonRoot);
            Assert.Equal(["ALL"], container.SecurityContext.Capabilities.Drop);
            Assert.True(pod.SecurityContext.RunAsNonRoot);
            Assert.NotEqual(0, pod.SecurityContext.RunAsUser);
            Assert.False(pod.AutomountServiceAccountToken);

            // The only writable place: an emptyDir at /tmp.
            var tmp = Assert.Single(container.VolumeMounts, mount => mount.MountPath == "/tmp");
            Assert.NotNull(Assert.Single(pod.Volumes, volume => volume.Name == tmp.Name).EmptyDir);
            Assert.Single(fixture.Full.App<V1ServiceAccount>(), account => account.Metadata.Name == pod.ServiceAccountName);
        }
    }

    [Fact]
    public void Images_come_from_the_registry_and_tag_of_the_environment()
    {
        Assert.All(Deployments, deployment => Assert.Equal(
            $"{fixture.Environment.ImageRegistry}/{deployment.Metadata.Name}:{fixture.Environment.ImageTag}",
            deployment.Spec.Template.Spec.Containers.Single().Image));
    }

    [Fact]
    public void Config_maps_hold_the_model_environment_and_secrets_are_only_referenced()
    {
        Assert.Empty(fixture.Full.All<V1Secret>());
        foreach (var deployment in Deployments)
        {
            var model = fixture.Project(deployment.Metadata.Name);
            var container = deployment.Spec.Template.Spec.Containers.Single();
            var configMap = ConfigMap(container);
            var secretEnvironment = (container.Env ?? []).ToDictionary(variable => variable.Name, variable => variable.ValueFrom?.SecretKeyRef);

            foreach (var (name, expression) in model.Environment)
            {
                if (expression == "{api-key.value}")
                {
                    Assert.Equal(("leagueapp-api-key", "value"), (secretEnvironment[name]?.Name, secretEnvironment[name]?.Key));
                    Assert.False(configMap.Data.ContainsKey(name), $"{name} is a secret but sits in a ConfigMap");
                }
                else if (expression.Contains(".bindings.https.", StringComparison.Ordinal))
                {
                    // HTTPS endpoints do not exist in the cluster: the mesh encrypts.
                    Assert.False(configMap.Data.ContainsKey(name), name);
                }
                else
                {
                    Assert.True(configMap.Data.ContainsKey(name), $"{deployment.Metadata.Name}: {name} is missing from its ConfigMap");
                }
            }

            Assert.All(configMap.Data.Keys, key => Assert.True(model.Environment.ContainsKey(key) || key == ShutdownSetting, $"{key} is not in the model"));
            Assert.All(configMap.Data.Keys, key => Assert.DoesNotMatch(SecretLikeName(), key));
        }
    }

    [Fact]
    public void Service_discovery_settings_point_at_existing_services_and_ports()
    {
        var checkedSettings = 0;
        foreach (var configMap in fixture.Full.All<V1ConfigMap>())
        {
            foreach (var (key, value) in configMap.Data.Where(setting => ServiceDiscoveryKey().IsMatch(setting.Key)))
            {
                var service = ServiceDiscoveryKey().Match(key).Groups["service"].Value;
                var url = new Uri(value);
                var target = fixture.Full.Service(url.Host);
                Assert.Equal(service, url.Host, StringComparer.OrdinalIgnoreCase);
                Assert.Equal(configMap.Metadata.NamespaceProperty, target.Metadata.NamespaceProperty);
                Assert.Equal(target.Spec.Ports.Single().Port, url.Port);
                checkedSettings++;
            }
        }

        // services__{name}__http__0 and {NAME}_HTTP for each of the frontend's three backends.
        Assert.Equal(6, checkedSettings);
    }

    [Fact]
    public void Workload_identity_maps_exactly_the_services_that_use_Firestore()
    {
        foreach (var account in fixture.Full.App<V1ServiceAccount>())
        {
            var usesFirestore = fixture.Project(account.Metadata.Name).References.Contains("firestore");
            string? annotation = null;
            account.Metadata.Annotations?.TryGetValue("iam.gke.io/gcp-service-account", out annotation);
            Assert.Equal(usesFirestore ? $"leagueapp-{account.Metadata.Name}@apps-microservices.iam.gserviceaccount.com" : null, annotation);

            var settings = ConfigMap(fixture.Full.Deployment(account.Metadata.Name).Spec.Template.Spec.Containers.Single()).Data;
            Assert.Equal(usesFirestore, settings.TryGetValue("ConnectionStrings__firestore", out var connection) && connection == "ProjectId=apps-microservices;DatabaseId=(default)");
        }
    }

    [Fact]
    public void A_stopping_pod_drains_then_lets_its_longest_request_finish_within_the_grace_period()
    {
        foreach (var deployment in Deployments)
        {
            var pod = deployment.Spec.Template.Spec;
            var container = pod.Containers.Single();
            var drain = container.Lifecycle.PreStop.Sleep.Seconds;
            var shutdown = TimeSpan.Parse(ConfigMap(container).Data[ShutdownSetting], System.Globalization.CultureInfo.InvariantCulture);
            var requestTimeout = fixture.Full.Istio("VirtualService").SelectMany(service => service.Values("http"))
                .Cast<IDictionary<object, object>>()
                .Where(route => new CustomResource { Spec = new Dictionary<object, object>(route) }.Strings("route", "destination", "host").Any(host => host.StartsWith($"{deployment.Metadata.Name}.", StringComparison.Ordinal)))
                .Select(route => TimeSpan.FromSeconds(int.Parse(((string)route["timeout"]).TrimEnd('s'), System.Globalization.CultureInfo.InvariantCulture)))
                .Max();

            Assert.InRange(drain, 5, 30);
            Assert.True(shutdown >= requestTimeout, $"{deployment.Metadata.Name}: the host waits {shutdown} for requests the mesh lets run {requestTimeout}");
            Assert.True(pod.TerminationGracePeriodSeconds > drain + shutdown.TotalSeconds,
                $"{deployment.Metadata.Name}: a grace period of {pod.TerminationGracePeriodSeconds} s does not outlast the drain ({drain} s) and the shutdown ({shutdown})");

            // The sidecar carries the app's calls for as long as the app drains (classic sidecars stop with the pod).
            using var proxy = System.Text.Json.JsonDocument.Parse(deployment.Spec.Template.Metadata.Annotations["proxy.istio.io/config"]);
            var proxyDrain = TimeSpan.FromSeconds(int.Parse(proxy.RootElement.GetProperty("terminationDrainDuration").GetString()!.TrimEnd('s'), System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(proxyDrain >= TimeSpan.FromSeconds(drain) + shutdown, $"{deployment.Metadata.Name}: the sidecar drains {proxyDrain} only");
            Assert.True(pod.TerminationGracePeriodSeconds > proxyDrain.TotalSeconds);
        }
    }

    [Fact]
    public void A_slow_start_is_not_a_failed_liveness_check()
    {
        foreach (var container in Deployments.Select(deployment => deployment.Spec.Template.Spec.Containers.Single()))
        {
            var startup = container.StartupProbe;
            Assert.Equal(container.LivenessProbe.HttpGet.Path, startup.HttpGet.Path);
            Assert.True(startup.PeriodSeconds * startup.FailureThreshold >= 60, $"{container.Name} gets {startup.PeriodSeconds * startup.FailureThreshold} s to start");
        }
    }

    [Fact]
    public void Replicas_spread_over_nodes_strictly_and_over_zones_where_there_are_several()
    {
        foreach (var deployment in Deployments)
        {
            var spread = deployment.Spec.Template.Spec.TopologySpreadConstraints.ToDictionary(constraint => constraint.TopologyKey);
            Assert.Equal("DoNotSchedule", spread["kubernetes.io/hostname"].WhenUnsatisfiable);
            Assert.Equal("ScheduleAnyway", spread["topology.kubernetes.io/zone"].WhenUnsatisfiable);
            Assert.All(spread.Values, constraint =>
            {
                Assert.Equal(1, constraint.MaxSkew);
                Assert.True(Selectors.Selects(constraint.LabelSelector.MatchLabels, deployment.Spec.Template.Metadata.Labels));
                // The API server refuses minDomains unless the constraint is DoNotSchedule.
                Assert.True(constraint.MinDomains is null || constraint.WhenUnsatisfiable == "DoNotSchedule");
            });
        }
    }

    private const string ShutdownSetting = "HostOptions__ShutdownTimeout";

    private V1ConfigMap ConfigMap(V1Container container)
    {
        var reference = Assert.Single(container.EnvFrom).ConfigMapRef;
        return Assert.Single(fixture.Full.All<V1ConfigMap>(), map => map.Metadata.Name == reference.Name);
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex DnsSubdomain();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")]
    private static partial Regex DnsLabel();

    [GeneratedRegex("(?i)(api_?key|password|secret|token|credential)")]
    private static partial Regex SecretLikeName();

    [GeneratedRegex("^(services__(?<service>[^_]+)__http__\\d+|(?<service>[A-Z0-9]+)_HTTP)$")]
    private static partial Regex ServiceDiscoveryKey();
}
