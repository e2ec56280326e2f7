using System.Text.Json;

namespace LeagueApp.Firestore.Tests.Conformance;

/// <summary>
/// Google's Firestore conformance cases (googleapis/conformance-tests, firestore/v1): JSON files kept
/// outside the repository, in <c>shared/firestore-conformance/v1</c> beside the checkout, or where
/// <c>FIRESTORE_CONFORMANCE_DIR</c> points.
/// </summary>
internal static class ConformanceCases
{
    public const string DirectoryVariable = "FIRESTORE_CONFORMANCE_DIR";

    /// <summary>The folder the cases are looked for in, whether or not it exists.</summary>
    public static string Folder { get; } = Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "firestore-conformance", "v1"));

    public static bool Present => Directory.Exists(Folder);

    /// <summary>Every case of every file: its file name, its kind (the operation) and its description, unique in its file.</summary>
    public static IEnumerable<(string File, string Kind, string Description)> All() =>
        Directory.EnumerateFiles(Folder, "*.json")
            .Order(StringComparer.Ordinal)
            .SelectMany(path => Tests(path).Select(test => (Path.GetFileName(path), Kind(test), test.GetProperty("description").GetString() ?? "")));

    public static JsonElement Load(string file, string description) =>
        Tests(Path.Combine(Folder, file)).Single(test => test.GetProperty("description").GetString() == description);

    /// <summary>The property that names the operation: "create", "set", "update", "updatePaths", "delete", "get", "query" or "listen".</summary>
    public static string Kind(JsonElement test) =>
        test.EnumerateObject().Single(property => property.Name is not ("description" or "comment")).Name;

    private static List<JsonElement> Tests(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.GetProperty("tests").EnumerateArray().Select(test => test.Clone())];
    }
}
