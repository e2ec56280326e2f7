using System.Diagnostics;
using Aspire.Hosting;

namespace LeagueApp.Tests;

// The processes of one resource of a running AppHost: what DCP started (the emulator's launcher
// script, or `dotnet run` of a service) and everything below it. SIGSTOP freezes them - a database
// keeps its in-memory data, a service its state - and SIGCONT thaws them.
public sealed class ResourceProcesses(IReadOnlyList<int> processIds)
{
    public static ResourceProcesses Of(DistributedApplication app, string resource)
    {
        if (!app.ResourceNotifications.TryGetCurrentState(resource, out var state)
            || state.Snapshot.Properties.FirstOrDefault(p => p.Name is "executable.pid" or "project.pid")?.Value is not { } pid)
        {
            throw new InvalidOperationException($"The {resource} resource has no process id.");
        }

        var root = Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture);
        return new ResourceProcesses([root, .. Descendants(root)]);
    }

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
