using System.Xml.Linq;

namespace LeagueApp.Tests;

// The reference rules of docs/architecture.md, read from the project files and the services' sources.
public sealed class ArchitectureTests
{
    private static readonly string[] Services = ["LeagueApp.Frontend", "LeagueApp.Stats", "LeagueApp.PlayerOps", "LeagueApp.Transfer"];

    // Service files that still use the Firestore client's types (docs/architecture.md, known debts):
    // this list may only shrink.
    private static readonly string[] ServiceFilesUsingFirestore =
    [
        "LeagueApp.PlayerOps/LeagueSeeder.cs",
    ];

    [Theory]
    [InlineData("LeagueApp.Domain")]
    [InlineData("LeagueApp.Timeouts")]
    public void Plain_projects_reference_nothing(string name)
    {
        var project = Project(name);
        Assert.DoesNotContain(project.Descendants(), e => e.Name.LocalName is "ProjectReference" or "PackageReference" or "FrameworkReference");
    }

    [Fact]
    public void The_firestore_client_and_the_service_defaults_know_nothing_of_the_league()
    {
        Assert.Empty(ProjectReferences("LeagueApp.Firestore"));
        Assert.Empty(ProjectReferences("LeagueApp.ServiceDefaults"));
    }

    [Fact]
    public void Contracts_reference_only_the_domain() =>
        Assert.Equal(["LeagueApp.Domain"], ProjectReferences("LeagueApp.Contracts"));

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void A_service_reaches_the_database_only_through_data(string service) =>
        Assert.Subset(new HashSet<string> { "LeagueApp.ServiceDefaults", "LeagueApp.Contracts", "LeagueApp.Data" }, ProjectReferences(service).ToHashSet());

    [Fact]
    public void Only_the_app_host_references_the_hosting_projects()
    {
        var referrers = Directory.EnumerateFiles(Repository.Root, "*.csproj", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !IsTestCode(Path.GetFileNameWithoutExtension(path))
                && ReferencesOf(XDocument.Load(path)).Any(reference => reference.StartsWith("LeagueApp.Hosting.", StringComparison.Ordinal)))
            .Select(Path.GetFileNameWithoutExtension);
        Assert.Equal(["LeagueApp.AppHost"], referrers);
    }

    [Fact]
    public void No_further_service_file_uses_the_firestore_client()
    {
        var users = Services
            .SelectMany(service => Directory.EnumerateFiles(Path.Combine(Repository.Root, service), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && File.ReadLines(path).Any(line => line.Trim() == "using LeagueApp.Firestore;"))
            .Select(path => Path.GetRelativePath(Repository.Root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(ServiceFilesUsingFirestore, users);
    }

    public static TheoryData<string> ServiceNames() => [.. Services];

    // Test projects and their support library (which finds and starts the emulator as the AppHost does).
    private static bool IsTestCode(string project) =>
        project.EndsWith(".Tests", StringComparison.Ordinal) || project == "LeagueApp.TestSupport";

    private static XDocument Project(string name) => XDocument.Load(Path.Combine(Repository.Root, name, $"{name}.csproj"));

    private static string[] ProjectReferences(string name) => ReferencesOf(Project(name));

    private static string[] ReferencesOf(XDocument project) =>
        [.. project.Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/')))
            .Order(StringComparer.Ordinal)];
}
