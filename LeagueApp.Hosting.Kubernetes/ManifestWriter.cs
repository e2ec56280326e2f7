using System.Text;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// Writes the files and removes generated files that the model no longer produces. Only files that
/// carry the generated header are ever removed, so a wrong output path cannot cost anyone their work.
/// </summary>
internal static class ManifestWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string directory, IReadOnlyList<ManifestFile> files)
    {
        var root = Path.GetFullPath(directory);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var path = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Render(), Utf8);
            written.Add(path);
        }

        foreach (var stale in Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories).Where(path => !written.Contains(path) && IsGenerated(path)))
        {
            File.Delete(stale);
        }

        RemoveEmptyDirectories(root);
    }

    private static bool IsGenerated(string path)
    {
        using var reader = new StreamReader(path, Utf8);
        return reader.ReadLine() is { } first && ManifestFile.Header.StartsWith(first + "\n", StringComparison.Ordinal);
    }

    private static void RemoveEmptyDirectories(string directory)
    {
        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            RemoveEmptyDirectories(child);
            if (!Directory.EnumerateFileSystemEntries(child).Any())
            {
                Directory.Delete(child);
            }
        }
    }
}
