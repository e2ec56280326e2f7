namespace Aspire.Hosting.ApplicationModel;

// Firestore as the services see it: an emulator run from the machine's Google Cloud SDK in a
// local run, the real database of a GCP project once published.
public sealed class FirestoreResource(string name, string command, string workingDirectory, string projectId, string databaseId)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "http";

    private EndpointReference? _endpoint;

    public string ProjectId { get; } = projectId;

    public string DatabaseId { get; } = databaseId;

    // False once published: the cluster talks to the project's real database, not to an emulator.
    public bool IsEmulator { get; internal set; } = true;

    public EndpointReference PrimaryEndpoint => _endpoint ??= new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => IsEmulator
        ? ReferenceExpression.Create($"Endpoint={PrimaryEndpoint.Property(EndpointProperty.Url)};ProjectId={ProjectId};DatabaseId={DatabaseId}")
        : ReferenceExpression.Create($"ProjectId={ProjectId};DatabaseId={DatabaseId}");
}
