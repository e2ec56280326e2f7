namespace Aspire.Hosting.ApplicationModel;

// Finds Google's Firestore emulator launcher that the Debian package
// google-cloud-cli-firestore-emulator installs into the Cloud SDK.
public static class FirestoreEmulatorInstallation
{
    public const string InstallHint =
        "The Firestore emulator is not installed. Install Google's Debian package " +
        "'google-cloud-cli-firestore-emulator' (it needs Java 17), or point the configuration " +
        "value 'Firestore:SdkRoot' (environment CLOUDSDK_ROOT_DIR) at a Google Cloud SDK that has it.";

    private const string LauncherRelativePath = "platform/cloud-firestore-emulator/cloud_firestore_emulator";

    // The package's documented install location, used only after configuration and PATH.
    private const string PackageSdkRoot = "/usr/lib/google-cloud-sdk";

    public static string? FindLauncher(string? configuredSdkRoot = null)
    {
        foreach (var sdkRoot in CandidateSdkRoots(configuredSdkRoot))
        {
            var launcher = Path.Combine(sdkRoot, LauncherRelativePath);
            if (File.Exists(launcher))
            {
                return launcher;
            }
        }

        return null;
    }

    private static IEnumerable<string> CandidateSdkRoots(string? configuredSdkRoot)
    {
        if (!string.IsNullOrWhiteSpace(configuredSdkRoot))
        {
            yield return configuredSdkRoot;
        }

        if (Environment.GetEnvironmentVariable("CLOUDSDK_ROOT_DIR") is { Length: > 0 } fromEnvironment)
        {
            yield return fromEnvironment;
        }

        if (FindGcloudOnPath() is { } gcloud)
        {
            // gcloud lives in <sdk>/bin, usually behind a symlink from /usr/bin.
            var resolved = new FileInfo(gcloud).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? gcloud;
            if (Path.GetDirectoryName(Path.GetDirectoryName(resolved)) is { } sdkRoot)
            {
                yield return sdkRoot;
            }
        }

        yield return PackageSdkRoot;
    }

    private static string? FindGcloudOnPath() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "gcloud"))
            .FirstOrDefault(File.Exists);
}
