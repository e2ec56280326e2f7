using Aspire.Hosting.ApplicationModel;

namespace LeagueApp.TestSupport;

/// <summary>
/// Google's Firestore emulator on a free loopback port, found where the AppHost finds it
/// (<see cref="FirestoreEmulatorInstallation"/>); started means it answers; disposed, it is killed with its JVM.
/// </summary>
public sealed class FirestoreEmulatorProcess : IAsyncDisposable
{
    // The AppHost reads Firestore:SdkRoot from its configuration; tests take the same setting from the environment.
    private const string SdkRootVariable = "Firestore__SdkRoot";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    private readonly ChildProcess _process;

    private FirestoreEmulatorProcess(ChildProcess process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public bool HasExited => _process.HasExited;

    public string RecentOutput => _process.RecentOutput;

    /// <summary>Starts the emulator and waits until it answers <c>GET /</c>; the token bounds the wait.</summary>
    public static async Task<FirestoreEmulatorProcess> StartAsync(CancellationToken ct)
    {
        var launcher = FirestoreEmulatorInstallation.FindLauncher(Environment.GetEnvironmentVariable(SdkRootVariable))
            ?? throw new InvalidOperationException(FirestoreEmulatorInstallation.InstallHint);
        var port = LoopbackPorts.Free();
        var process = ChildProcess.Start("firestore-emulator", launcher, ["start", "--host=127.0.0.1", $"--port={port}"],
            new Dictionary<string, string>(), Path.GetDirectoryName(launcher)!);
        var emulator = new FirestoreEmulatorProcess(process, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            await emulator.WaitUntilReadyAsync(ct);
            return emulator;
        }
        catch
        {
            await emulator.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            while (!await AnswersAsync(http, ct))
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"The Firestore emulator exited before it answered:\n{RecentOutput}");
                }

                await Task.Delay(PollInterval, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw new TimeoutException($"The Firestore emulator did not answer GET / at {Endpoint} in time:\n{RecentOutput}");
        }
    }

    private async Task<bool> AnswersAsync(HttpClient http, CancellationToken ct)
    {
        try
        {
            using var response = await http.GetAsync(Endpoint, ct);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            return false; // Not listening yet, or the JVM is still too busy to answer.
        }
    }
}
