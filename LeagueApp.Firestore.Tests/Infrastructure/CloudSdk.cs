namespace LeagueApp.Firestore.Tests.Infrastructure;

/// <summary>Finds Google's Firestore emulator launcher in the installed Cloud SDK.</summary>
internal static class CloudSdk
{
    private const string LauncherPath = "platform/cloud-firestore-emulator/cloud_firestore_emulator";

    // Where the Debian package google-cloud-cli installs the SDK.
    private const string DebianSdkRoot = "/usr/lib/google-cloud-sdk";

    public static string FindFirestoreEmulator()
    {
        var candidates = new[] { SdkRootOfGcloudOnPath(), Environment.GetEnvironmentVariable("CLOUDSDK_ROOT_DIR"), DebianSdkRoot }
            .OfType<string>()
            .Select(root => Path.Combine(root, LauncherPath))
            .ToList();
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "The Firestore emulator is not installed (looked for " + string.Join(", ", candidates) + "). "
                + "Install the Debian package google-cloud-cli-firestore-emulator (apt-get install google-cloud-cli-firestore-emulator).");
    }

    // gcloud on PATH is usually a symlink into the SDK's bin folder: the SDK root is that folder's parent.
    private static string? SdkRootOfGcloudOnPath()
    {
        var gcloud = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "gcloud"))
            .FirstOrDefault(File.Exists);
        if (gcloud is null)
        {
            return null;
        }

        var target = File.ResolveLinkTarget(gcloud, returnFinalTarget: true)?.FullName ?? gcloud;
        return Path.GetDirectoryName(Path.GetDirectoryName(target));
    }
}
