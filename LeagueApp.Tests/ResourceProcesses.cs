using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace LeagueApp.Tests;

// The processes of one resource of a running AppHost: what DCP started (the emulator's launcher
// script, or `dotnet run` of a service) and everything below it. SIGSTOP freezes them - a database
// keeps its in-memory data, a service its state - and SIGCONT thaws them.
public sealed class ResourceProcesses(IReadOnlyList<int> processIds)
{
    public static ResourceProcesses Of(DistributedApplication app, string resource) =>
        app.ResourceNotifications.TryGetCurrentState(resource, out var state) && ProcessId(state.Snapshot) is { } root
            ? Below(root)
            : throw new InvalidOperationException($"The {resource} resource has no process id.");

    /// <summary>The process a resource (or one replica of it) started, or null while it has none.</summary>
    public static int? ProcessId(CustomResourceSnapshot snapshot) =>
        snapshot.Properties.FirstOrDefault(p => p.Name is "executable.pid" or "project.pid")?.Value is { } pid
            ? Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>A process and everything below it.</summary>
    public static ResourceProcesses Below(int root) => new([root, .. Descendants(root)]);

    public void Pause() => Signal("STOP");

    public void Resume() => Signal("CONT");

    private void Signal(string signal)
    {
        foreach (var id in processIds)
        {
            using var kill = Process.Start("kill", ["-" + signal, id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }
    }

    private static IEnumerable<int> Descendants(int processId)
    {
        var children = File.ReadAllText($"/proc/{processId}/task/{processId}/children")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(int.Parse);
        return children.SelectMany(child => (IEnumerable<int>)[child, .. Descendants(child)]);
    }
}
