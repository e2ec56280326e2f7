using System.Data.Common;
using System.Text.Json.Nodes;
using LeagueApp.Manifests.Tests.Infrastructure;

namespace LeagueApp.Manifests.Tests;

/// <summary>
/// The publish manifest is what Aspirate (prom3theu5/aspirational-manifests) and similar tools deploy
/// from. Aspirate keeps an expression it cannot resolve as literal text, skips resource types it does
/// not know, stops at any output on standard error, and moves only variables named ConnectionString*,
/// POSTGRES_PASSWORD or MSSQL_SA_PASSWORD into Secrets: everything else lands in a ConfigMap.
/// </summary>
public sealed class PublishManifestTests(PublishManifest manifest) : IClassFixture<PublishManifest>
{
    // The types Aspirate turns into Kubernetes objects or uses for values; others it skips.
    private static readonly string[] AspirateTypes =
        ["project.v0", "project.v1", "container.v0", "container.v1", "dockerfile.v0", "parameter.v0", "value.v0"];

    // Aspirate's ProtectorType: a variable goes to a Secret when its name starts with one of these.
    private static readonly string[] ProtectedPrefixes = ["ConnectionString", "POSTGRES_PASSWORD", "MSSQL_SA_PASSWORD"];

    [Fact]
    public void The_publish_writes_nothing_to_standard_error()
    {
        Assert.True(manifest.Publish.Error.Length == 0,
            $"The manifest publish wrote to standard error, and Aspirate stops at any such output:\n{manifest.Publish.Error}");
    }

    [Fact]
    public void Every_expression_names_a_resource_of_the_manifest_and_a_part_it_has()
    {
        var problems = new List<string>();
        foreach (var (path, value) in manifest.Strings())
        {
            foreach (var expression in PublishManifest.Expressions(value))
            {
                if (Unresolvable(expression) is { } why)
                {
                    problems.Add($"{path}: {{{expression}}} {why}; a tool deploying from the manifest would pass it on as literal text.");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Every_resource_has_a_type_that_Aspirate_handles()
    {
        var unhandled = manifest.Resources
            .Where(resource => !AspirateTypes.Contains(manifest.TypeOf(resource.Key), StringComparer.Ordinal))
            .Select(resource => $"'{resource.Key}' has type '{manifest.TypeOf(resource.Key)}'")
            .ToList();

        Assert.True(unhandled.Count == 0,
            $"Aspirate skips these resources ({string.Join("; ", unhandled)}); it handles only {string.Join(", ", AspirateTypes)}.");
    }

    [Fact]
    public void Every_variable_that_carries_a_secret_parameter_has_a_name_Aspirate_keeps_in_a_Secret()
    {
        var secrets = SecretResources();
        Assert.True(secrets.Contains("api-key"), $"The manifest has no secret parameter api-key; secret resources: {string.Join(", ", secrets)}.");

        var carriers = manifest.EnvironmentVariables()
            .Where(variable => PublishManifest.Expressions(variable.Value).Any(expression => secrets.Contains(ResourceOf(expression))))
            .ToList();
        var exposed = carriers
            .Where(variable => !ProtectedPrefixes.Any(prefix => variable.Name.StartsWith(prefix, StringComparison.Ordinal)))
            .Select(variable => $"{variable.Resource}: {variable.Name} = {variable.Value}")
            .ToList();

        Assert.True(exposed.Count == 0,
            "These variables carry a secret, but Aspirate writes variables not named "
            + $"{string.Join("*, ", ProtectedPrefixes)}* into a ConfigMap in plain text:\n{string.Join('\n', exposed)}");

        // Not vacuous: every service gets the write key.
        var projects = manifest.Resources.Where(resource => manifest.TypeOf(resource.Key).StartsWith("project.", StringComparison.Ordinal)).Select(resource => resource.Key).ToList();
        Assert.NotEmpty(projects);
        var withoutKey = projects.Where(project => !carriers.Any(variable => variable.Resource == project && variable.Value == "{api-key.value}")).ToList();
        Assert.True(withoutKey.Count == 0, $"These services get no variable holding {{api-key.value}}: {string.Join(", ", withoutKey)}.");
    }

    [Fact]
    public void The_value_of_the_secret_parameter_appears_nowhere_in_the_manifest()
    {
        Assert.False(manifest.Text.Contains(PublishManifest.SecretCanary, StringComparison.Ordinal),
            "The api-key's value (given to the publish as Parameters__api-key) is written into the manifest.");
    }

    [Fact]
    public void Firestore_is_a_value_naming_the_project_and_database_not_the_emulator()
    {
        var firestore = manifest.Resources["firestore"] as JsonObject;
        Assert.True(firestore is not null, "The manifest has no resource 'firestore', which stats, playerops and transfer reference.");
        Assert.True(manifest.TypeOf("firestore") == "value.v0",
            $"firestore has type '{manifest.TypeOf("firestore")}'; the cluster needs a value.v0 holding the connection string.");

        var connectionString = firestore["connectionString"]?.GetValue<string>();
        Assert.True(connectionString is not null, "firestore has no connectionString.");
        var parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
        Assert.True(Part(parts, "ProjectId") == "apps-microservices",
            $"firestore's connection string '{connectionString}' does not name the GCP project apps-microservices.");
        Assert.True(Part(parts, "DatabaseId") == "(default)",
            $"firestore's connection string '{connectionString}' does not name the database (default).");
        Assert.False(parts.ContainsKey("Endpoint"),
            $"firestore's connection string '{connectionString}' has an Endpoint: the cluster talks to Firestore itself, not to an emulator.");
    }

    // Why an expression cannot be resolved from the manifest, or null when it can.
    private string? Unresolvable(string expression)
    {
        var parts = expression.Split('.');
        if (manifest.Resources[parts[0]] is not JsonObject resource)
        {
            return $"names the resource '{parts[0]}', which is not in the manifest";
        }

        return parts switch
        {
            [_, "connectionString" or "value"] when resource[parts[1]] is null => $"names '{parts[1]}', which '{parts[0]}' does not have",
            [_, "inputs" or "bindings", var name, ..] when resource[parts[1]]?[name] is null => $"names {parts[1]} '{name}', which '{parts[0]}' does not have",
            [_] => "names no part of the resource",
            _ => null,
        };
    }

    // Secret parameters, and the resources whose value or connection string holds one of them.
    private HashSet<string> SecretResources()
    {
        var secrets = manifest.Resources
            .Where(resource => manifest.TypeOf(resource.Key) == "parameter.v0"
                && resource.Value?["inputs"]?["value"]?["secret"]?.GetValue<bool>() == true)
            .Select(resource => resource.Key)
            .ToHashSet(StringComparer.Ordinal);

        bool added;
        do
        {
            added = false;
            foreach (var (name, resource) in manifest.Resources.Where(resource => !secrets.Contains(resource.Key)))
            {
                var values = new[] { resource?["connectionString"], resource?["value"] }.OfType<JsonValue>().Select(value => value.GetValue<string>());
                if (values.SelectMany(PublishManifest.Expressions).Any(expression => secrets.Contains(ResourceOf(expression))))
                {
                    added |= secrets.Add(name);
                }
            }
        }
        while (added);

        return secrets;
    }

    private static string ResourceOf(string expression) => expression.Split('.')[0];

    private static string? Part(DbConnectionStringBuilder parts, string key) => parts.TryGetValue(key, out var value) ? value as string : null;
}
