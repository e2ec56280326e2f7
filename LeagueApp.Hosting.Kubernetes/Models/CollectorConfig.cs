using System.Text.Json.Serialization;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>The OpenTelemetry Collector's config.yaml: the components it builds and the pipelines that join them.</summary>
internal sealed record CollectorConfig(
    CollectorExporters Exporters,
    CollectorExtensions Extensions,
    CollectorProcessors Processors,
    CollectorReceivers Receivers,
    CollectorService Service);

internal sealed record CollectorExporters(
    [property: JsonPropertyName("googlecloud")] GoogleCloudExporter GoogleCloud,
    [property: JsonPropertyName("googlemanagedprometheus")] GoogleManagedPrometheusExporter GoogleManagedPrometheus);

internal sealed record GoogleCloudExporter(GoogleCloudLog Log);

internal sealed record GoogleCloudLog([property: JsonPropertyName("default_log_name")] string DefaultLogName);

/// <summary>Its defaults: the project comes from the resource detector.</summary>
internal sealed record GoogleManagedPrometheusExporter;

internal sealed record CollectorExtensions([property: JsonPropertyName("health_check")] CollectorEndpoint HealthCheck);

internal sealed record CollectorEndpoint(string Endpoint);

internal sealed record CollectorProcessors(
    BatchProcessor Batch,
    [property: JsonPropertyName("memory_limiter")] MemoryLimiterProcessor MemoryLimiter,
    [property: JsonPropertyName("resourcedetection")] ResourceDetectionProcessor ResourceDetection);

internal sealed record BatchProcessor(
    [property: JsonPropertyName("send_batch_max_size")] int SendBatchMaxSize,
    [property: JsonPropertyName("send_batch_size")] int SendBatchSize,
    string Timeout);

internal sealed record MemoryLimiterProcessor(
    [property: JsonPropertyName("check_interval")] string CheckInterval,
    [property: JsonPropertyName("limit_percentage")] int LimitPercentage,
    [property: JsonPropertyName("spike_limit_percentage")] int SpikeLimitPercentage);

internal sealed record ResourceDetectionProcessor(IReadOnlyList<string> Detectors, string Timeout);

internal sealed record CollectorReceivers(OtlpReceiver Otlp);

internal sealed record OtlpReceiver(OtlpProtocols Protocols);

internal sealed record OtlpProtocols(CollectorEndpoint Grpc, CollectorEndpoint Http);

internal sealed record CollectorService(IReadOnlyList<string> Extensions, CollectorPipelines Pipelines);

internal sealed record CollectorPipelines(CollectorPipeline Logs, CollectorPipeline Metrics, CollectorPipeline Traces);

internal sealed record CollectorPipeline(IReadOnlyList<string> Exporters, IReadOnlyList<string> Processors, IReadOnlyList<string> Receivers);
