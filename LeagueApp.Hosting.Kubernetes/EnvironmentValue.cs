namespace LeagueApp.Hosting.Kubernetes;

/// <summary>What an environment variable of the model becomes in the cluster.</summary>
internal abstract record EnvironmentValue
{
    /// <summary>A plain setting, for the ConfigMap.</summary>
    public sealed record Setting(string Value) : EnvironmentValue;

    /// <summary>A secret: the pod reads it from a Secret that the operator creates.</summary>
    public sealed record Secret(SecretReference Reference) : EnvironmentValue;

    /// <summary>Nothing: it refers to what the cluster does not have (HTTPS endpoints; the mesh encrypts instead).</summary>
    public sealed record Omitted : EnvironmentValue;
}
