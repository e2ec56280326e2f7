using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LeagueApp.Manifests.Tests.Infrastructure;

/// <summary>
/// The AppHost's publish manifest, made as Aspirate makes it (`dotnet run --project LeagueApp.AppHost --
/// --publisher manifest --output-path FILE`), with a known value for the secret parameter api-key.
/// </summary>
public sealed partial class PublishManifest : IAsyncLifetime
{
    /// <summary>The api-key parameter's value during the publish: it must appear nowhere in the manifest.</summary>
    public const string SecretCanary = "publish-canary-7e2b9c41d0a85f36";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly string _directory = Directory.CreateTempSubdirectory("leagueapp-publish-manifest-").FullName;

    internal ProcessResult Publish { get; private set; } = null!;

    public string Text { get; private set; } = "";

    /// <summary>The manifest's <c>resources</c> object, by resource name.</summary>
    public JsonObject Resources { get; private set; } = [];

    public async Task InitializeAsync()
    {
        // The AppHost is built with the tests (they reference it), in the same configuration.
        var configuration = typeof(PublishManifest).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var file = Path.Combine(_directory, "manifest.json");
        Publish = await ProcessRunner.RunAsync("dotnet",
            ["run", "--project", Repository.AppHostProject, "--no-build", "-c", configuration, "--", "--publisher", "manifest", "--output-path", file],
            Timeout,
            environment: new Dictionary<string, string> { ["Parameters__api-key"] = SecretCanary });
        Assert.True(Publish.ExitCode == 0 && File.Exists(file), $"The manifest publish failed: {Publish}");

        Text = await File.ReadAllTextAsync(file);
        Resources = JsonNode.Parse(Text)?["resources"] as JsonObject
            ?? throw new InvalidOperationException($"The manifest has no resources object:\n{Text}");
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    public string TypeOf(string resource) => Resources[resource]?["type"]?.GetValue<string>() ?? "";

    /// <summary>Every environment variable of every resource that has any: (resource, variable, value).</summary>
    public IEnumerable<(string Resource, string Name, string Value)> EnvironmentVariables() =>
        from resource in Resources
        let environment = resource.Value?["env"] as JsonObject
        where environment is not null
        from variable in environment
        select (resource.Key, variable.Key, variable.Value?.GetValue<string>() ?? "");

    /// <summary>Every string anywhere in the manifest, with its JSON path.</summary>
    public IEnumerable<(string Path, string Value)> Strings() => Strings(Resources);

    /// <summary>
    /// The expressions in a manifest value: <c>{stats.bindings.http.url}</c> gives stats.bindings.http.url.
    /// Doubled braces are literal braces.
    /// </summary>
    public static IEnumerable<string> Expressions(string value) =>
        Expression().Matches(value.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal))
            .Select(match => match.Groups["path"].Value);

    private static IEnumerable<(string Path, string Value)> Strings(JsonNode? node) => node switch
    {
        JsonObject item => item.SelectMany(property => Strings(property.Value)),
        JsonArray items => items.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var text) => [(value.GetPath(), text)],
        _ => [],
    };

    [GeneratedRegex("\\{(?<path>[^{}]+)\\}")]
    private static partial Regex Expression();
}
