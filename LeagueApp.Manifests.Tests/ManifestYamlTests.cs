using k8s.Models;
using LeagueApp.Hosting.Kubernetes;
using LeagueApp.Manifests.Tests.Infrastructure;

namespace LeagueApp.Manifests.Tests;

/// <summary>The generator's YAML serializer: whatever a string holds, every parser reads the same string back.</summary>
public sealed class ManifestYamlTests
{
    private static readonly string[] Tricky =
    [
        "true", "False", "yes", "NO", "on", "Off", "y", "n", "null", "~", "", "8080", "1.0", "1e3", "0x1F", "0o17", ".inf", "-1",
        "2001-12-14", "*", "&anchor", "!tag", "a: b", "a #b", "#c", "%d", "@e", "`f", "'g'", "\"h\"", "[1, 2]", "{\"json\":true}",
        " leading", "trailing ", "tab\there", "back\\slash", "unicode é", "../frontend", "./x", "/health", "multi\nline", "multi\nline\n",
        "http://stats:8080", "^(GET|HEAD)$", "carriage\r\nreturn", "bell\u0007\nline",
    ];

    public static TheoryData<string> TrickyStrings() => [.. Tricky];

    [Theory]
    [MemberData(nameof(TrickyStrings))]
    public void A_string_reads_back_as_the_same_string(string value)
    {
        var yaml = ManifestYaml.Write(
        [
            ConfigMap(new Dictionary<string, string> { ["value"] = value }),
            Custom(new Dictionary<string, object> { ["value"] = value }),
        ]);

        var rendered = RenderedManifests.Load(yaml);

        Assert.Equal(value, Assert.Single(rendered.All<V1ConfigMap>()).Data["value"]);
        // An untyped tree: here an unquoted "true" or "8080" would come back as a bool or a number.
        Assert.Equal(value, Assert.IsType<string>(Assert.Single(rendered.All<CustomResource>()).Spec["value"]));
    }

    [Fact]
    public async Task Every_tricky_string_stays_a_string_for_the_javascript_yaml_parser()
    {
        var yaml = ManifestYaml.Write(ConfigMap(Tricky.Select((value, index) => (value, index)).ToDictionary(item => $"k{item.index}", item => item.value)));
        var result = await SchemaValidator.ValidateAsync(yaml);

        // The ConfigMap schema allows only strings in data.
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void Nested_maps_lists_and_empty_collections_keep_their_shape()
    {
        var yaml = ManifestYaml.Write(Custom(new Dictionary<string, object>
        {
            ["empty"] = new Dictionary<string, object>(),
            ["none"] = Array.Empty<object>(),
            ["numbers"] = new[] { 1, 2 },
            ["nested"] = new object[] { new Dictionary<string, object> { ["a"] = new[] { "x" }, ["b"] = true } },
        }));

        var spec = Assert.Single(RenderedManifests.Load(yaml).All<CustomResource>()).Spec;

        Assert.Empty(Assert.IsType<Dictionary<object, object>>(spec["empty"]));
        Assert.Empty(Assert.IsType<List<object>>(spec["none"]));
        Assert.Equal([1, 2], Assert.IsType<List<object>>(spec["numbers"]).Select(Convert.ToInt32));
        var item = Assert.IsType<Dictionary<object, object>>(Assert.Single(Assert.IsType<List<object>>(spec["nested"])));
        Assert.Equal(new object[] { "x" }, Assert.IsType<List<object>>(item["a"]));
        Assert.Equal(true, item["b"]);
    }

    [Fact]
    public void Keys_are_written_in_ordinal_order_whatever_order_they_were_set_in()
    {
        var yaml = ManifestYaml.Write(ConfigMap(new Dictionary<string, string> { ["b"] = "2", ["B"] = "3", ["a"] = "1" }));

        Assert.Equal("apiVersion: v1\ndata:\n  B: \"3\"\n  a: \"1\"\n  b: \"2\"\nkind: ConfigMap\nmetadata:\n  name: c\n", yaml);
    }

    private static V1ConfigMap ConfigMap(IDictionary<string, string> data) =>
        new() { ApiVersion = "v1", Kind = "ConfigMap", Metadata = new V1ObjectMeta { Name = "c" }, Data = data };

    private static Dictionary<string, object> Custom(Dictionary<string, object> spec) => new()
    {
        ["apiVersion"] = "networking.istio.io/v1",
        ["kind"] = "Sidecar",
        ["metadata"] = new Dictionary<string, object> { ["name"] = "s" },
        ["spec"] = spec,
    };
}
