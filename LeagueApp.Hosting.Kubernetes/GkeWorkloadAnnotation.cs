using Aspire.Hosting.ApplicationModel;

namespace LeagueApp.Hosting.Kubernetes;

public sealed record GkeWorkloadAnnotation(GkeWorkloadOptions Options) : IResourceAnnotation;
