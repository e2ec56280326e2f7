using System.Collections.Concurrent;
using System.Diagnostics;

namespace LeagueApp.Firestore.Tests.Infrastructure;

/// <summary>One real Firestore emulator process for all tests of the <see cref="EmulatorCollection"/>.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public const string ProjectId = "league-app-tests";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    // Enough of the emulator's log to explain a failed start.
    private const int MaxOutputLines = 40;

    private readonly ConcurrentQueue<string> _output = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private Process? _process;

    public Uri Endpoint { get; private set; } = null!;

    public string ConnectionString => $"Endpoint={Endpoint};ProjectId={ProjectId}";

    public async Task InitializeAsync()
    {
        var port = LoopbackPorts.Free();
        Endpoint = new Uri($"http://127.0.0.1:{port}");
        var startInfo = new ProcessStartInfo(CloudSdk.FindFirestoreEmulator())
        {
            ArgumentList = { "start", "--host=127.0.0.1", $"--port={port}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(startInfo) ?? throw new InvalidOperationException("The Firestore emulator did not start.");
        _process.OutputDataReceived += (_, line) => Remember(line.Data);
        _process.ErrorDataReceived += (_, line) => Remember(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        await WaitUntilReadyAsync();
    }

    public FirestoreTestHost CreateHost(Action<FirestoreOptions>? configure = null) => FirestoreTestHost.Create(ConnectionString, configure);

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            try
            {
                using var shutdown = new CancellationTokenSource(StopTimeout);
                using var response = await _http.PostAsync(new Uri(Endpoint, "/shutdown"), content: null, shutdown.Token);
                await _process.WaitForExitAsync(shutdown.Token);
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                // The launcher is a shell script around java: take the whole tree down.
                _process.Kill(entireProcessTree: true);
            }
        }

        _process?.Dispose();
        _http.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var deadline = new CancellationTokenSource(StartTimeout);
        try
        {
            while (!await AnswersAsync(deadline.Token))
            {
                if (_process!.HasExited)
                {
                    throw new InvalidOperationException($"The Firestore emulator exited with code {_process.ExitCode}:\n{RecentOutput()}");
                }

                await Task.Delay(PollInterval, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            _process!.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"The Firestore emulator did not answer GET / at {Endpoint} within {StartTimeout.TotalSeconds} s:\n{RecentOutput()}");
        }
    }

    private async Task<bool> AnswersAsync(CancellationToken ct)
    {
        try
        {
            using var response = await _http.GetAsync(Endpoint, ct);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            return false; // Not listening yet, or the JVM is still too busy to answer.
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (_output.Count > MaxOutputLines)
        {
            _output.TryDequeue(out _);
        }
    }

    private string RecentOutput() => string.Join('\n', _output);
}
