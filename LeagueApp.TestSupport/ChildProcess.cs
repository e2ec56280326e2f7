using System.Collections.Concurrent;
using System.Diagnostics;

namespace LeagueApp.TestSupport;

/// <summary>A long-running process (a service, the emulator) with a clean environment, killed with its children on dispose.</summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private const int KeptLines = 200;
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    // Enough for `dotnet` and the emulator's launcher (which runs $JAVA, else java on PATH) to start;
    // nothing else of the test's environment leaks in.
    private static readonly string[] InheritedVariables = ["PATH", "HOME", "DOTNET_ROOT", "JAVA_HOME", "JAVA"];

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ChildProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    public string RecentOutput => $"--- {Name} ---\n{string.Join('\n', _output)}";

    public static ChildProcess Start(string name, string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment.Clear();
        foreach (var variable in InheritedVariables)
        {
            if (Environment.GetEnvironmentVariable(variable) is { } value)
            {
                startInfo.Environment[variable] = value;
            }
        }

        foreach (var (variable, value) in environment)
        {
            startInfo.Environment[variable] = value;
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"{name} did not start.");
        var child = new ChildProcess(name, process);
        process.OutputDataReceived += (_, line) => child.Remember(line.Data);
        process.ErrorDataReceived += (_, line) => child.Remember(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(StopTimeout);
            await _process.WaitForExitAsync(timeout.Token);
        }

        _process.Dispose();
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptLines && _output.TryDequeue(out _))
        {
        }
    }
}
