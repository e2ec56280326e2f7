using Aspire.Hosting.ApplicationModel;

namespace LeagueApp.Manifests.Tests.Infrastructure;

/// <summary>Google's Firestore emulator from the machine's Cloud SDK, on a loopback port.</summary>
internal static class FirestoreEmulator
{
    public static (ChildProcess Process, Uri Endpoint) Start()
    {
        var launcher = FirestoreEmulatorInstallation.FindLauncher() ?? throw new InvalidOperationException(FirestoreEmulatorInstallation.InstallHint);
        var port = LoopbackPorts.Free();
        var process = ChildProcess.Start("firestore-emulator", launcher, ["start", "--host=127.0.0.1", $"--port={port}"],
            new Dictionary<string, string>(), Path.GetDirectoryName(launcher)!);
        return (process, new Uri($"http://127.0.0.1:{port}"));
    }
}
