using System.Xml.Linq;

namespace LeagueApp.Tests;

// The reference rules of docs/architecture.md, read from the project files and the sources.
public sealed class ArchitectureTests
{
    private static readonly string[] Backends = ["LeagueApp.Stats", "LeagueApp.PlayerOps", "LeagueApp.Transfer"];

    private static readonly string[] Services = ["LeagueApp.Frontend", .. Backends];

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
    public void Contracts_are_the_wire_json_only()
    {
        var contracts = Project("LeagueApp.Contracts");
        Assert.DoesNotContain(contracts.Descendants(), e => e.Name.LocalName is "FrameworkReference" or "PackageReference");
        Assert.Equal(["LeagueApp.Domain"], ReferencesOf(contracts));
    }

    [Fact]
    public void Data_knows_nothing_of_http()
    {
        Assert.DoesNotContain(Project("LeagueApp.Data").Descendants("FrameworkReference"), e => e.Attribute("Include")?.Value == "Microsoft.AspNetCore.App");
        Assert.Empty(SourcesWithUsing("Microsoft.AspNetCore", "LeagueApp.Data"));
    }

    [Fact]
    public void The_http_parts_reference_only_what_they_serve()
    {
        Assert.Equal(["LeagueApp.Contracts", "LeagueApp.Domain"], ProjectReferences("LeagueApp.AspNetCore"));
        Assert.Equal(["LeagueApp.AspNetCore", "LeagueApp.Contracts", "LeagueApp.Data", "LeagueApp.Domain"], ProjectReferences("LeagueApp.Backend"));
    }

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void A_service_reaches_the_database_only_through_data(string service) =>
        Assert.Subset(
            new HashSet<string> { "LeagueApp.ServiceDefaults", "LeagueApp.AspNetCore", "LeagueApp.Backend", "LeagueApp.Contracts", "LeagueApp.Data" },
            ProjectReferences(service).ToHashSet());

    [Fact]
    public void Only_the_backends_reference_the_backend_project()
    {
        var referrers = NonTestProjects()
            .Where(path => ReferencesOf(XDocument.Load(path)).Contains("LeagueApp.Backend"))
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal);
        Assert.Equal(Backends.Order(StringComparer.Ordinal), referrers);
    }

    [Fact]
    public void Only_the_app_host_references_the_hosting_projects()
    {
        var referrers = NonTestProjects()
            .Where(path => ReferencesOf(XDocument.Load(path)).Any(reference => reference.StartsWith("LeagueApp.Hosting.", StringComparison.Ordinal)))
            .Select(Path.GetFileNameWithoutExtension);
        Assert.Equal(["LeagueApp.AppHost"], referrers);
    }

    [Fact]
    public void No_service_and_no_http_part_uses_the_firestore_client() =>
        Assert.Empty(SourcesWithUsing("LeagueApp.Firestore", [.. Services, "LeagueApp.AspNetCore", "LeagueApp.Backend"]));

    public static TheoryData<string> ServiceNames() => [.. Services];

    // Test projects and their support library (which finds and starts the emulator as the AppHost does).
    private static bool IsTestCode(string project) =>
        project.EndsWith(".Tests", StringComparison.Ordinal) || project == "LeagueApp.TestSupport";

    private static IEnumerable<string> NonTestProjects() =>
        Directory.EnumerateFiles(Repository.Root, "*.csproj", SearchOption.AllDirectories)
            .Where(path => !IsGenerated(path) && !IsTestCode(Path.GetFileNameWithoutExtension(path)));

    // The C# files of the projects that import the namespace or one inside it, relative to the repository.
    private static IEnumerable<string> SourcesWithUsing(string @namespace, params string[] projects) =>
        projects
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(Repository.Root, project), "*.cs", SearchOption.AllDirectories))
            .Where(path => !IsGenerated(path) && File.ReadLines(path).Any(line => Imports(line.Trim(), @namespace)))
            .Select(path => Path.GetRelativePath(Repository.Root, path).Replace(Path.DirectorySeparatorChar, '/'));

    private static bool Imports(string line, string @namespace) =>
        line == $"using {@namespace};" || line.StartsWith($"using {@namespace}.", StringComparison.Ordinal);

    private static bool IsGenerated(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static XDocument Project(string name) => XDocument.Load(Path.Combine(Repository.Root, name, $"{name}.csproj"));

    private static string[] ProjectReferences(string name) => ReferencesOf(Project(name));

    private static string[] ReferencesOf(XDocument project) =>
        [.. project.Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/')))
            .Order(StringComparer.Ordinal)];
}
