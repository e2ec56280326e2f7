namespace LeagueApp.Firestore.Tests.Infrastructure;

/// <summary>One real Firestore emulator process for all tests of the <see cref="EmulatorCollection"/>.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public const string ProjectId = "league-app-tests";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private FirestoreEmulatorProcess? _emulator;

    public Uri Endpoint => (_emulator ?? throw new InvalidOperationException("The emulator has not started.")).Endpoint;

    public string ConnectionString => $"Endpoint={Endpoint};ProjectId={ProjectId}";

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        _emulator = await FirestoreEmulatorProcess.StartAsync(timeout.Token);
    }

    public FirestoreTestHost CreateHost(Action<FirestoreOptions>? configure = null) => FirestoreTestHost.Create(ConnectionString, configure);

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
