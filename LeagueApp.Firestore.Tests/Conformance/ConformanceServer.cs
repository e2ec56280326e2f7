using Grpc.Core;
using LeagueApp.Firestore.Tests.Infrastructure;

namespace LeagueApp.Firestore.Tests.Conformance;

/// <summary>
/// A stub Firestore that records each request and refuses it with PERMISSION_DENIED, which the
/// client reports at once: one call, one recorded request. The client speaks for the cases' project.
/// </summary>
public sealed class ConformanceServer : IAsyncLifetime
{
    public const string ProjectId = "projectID";

    private FirestoreTestHost? _host;

    public IFirestoreClient Client => _host!.Client;

    internal StubFirestoreServer Stub { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Stub = await StubFirestoreServer.AnsweringAsync(StatusCode.PermissionDenied, "the conformance stub only records requests");
        _host = FirestoreTestHost.Create($"Endpoint={Stub.Endpoint};ProjectId={ProjectId}");
    }

    public async Task DisposeAsync()
    {
        _host?.Dispose();
        await Stub.DisposeAsync();
    }
}
