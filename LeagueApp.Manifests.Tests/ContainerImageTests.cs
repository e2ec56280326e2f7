using System.Text.Json;
using k8s.Models;
using LeagueApp.Manifests.Tests.Infrastructure;

namespace LeagueApp.Manifests.Tests;

/// <summary>
/// Images cannot be built here, so the settings are tested instead: `dotnet publish -t:PublishContainer`
/// with the registry, repository and tag split from a Deployment's image (as docs/deployment.md does)
/// names exactly that image, from the ASP.NET base image that runs as the non-root "app" user on 8080.
/// </summary>
[Collection(ManifestsCollection.Name)]
public sealed class ContainerImageTests(ManifestsFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Publishing_each_project_as_a_container_names_the_image_its_deployment_runs()
    {
        foreach (var deployment in fixture.Full.App<V1Deployment>())
        {
            var image = deployment.Spec.Template.Spec.Containers.Single().Image;
            var (registry, rest) = (image[..image.IndexOf('/', StringComparison.Ordinal)], image[(image.IndexOf('/', StringComparison.Ordinal) + 1)..]);
            var (repository, tag) = (rest[..rest.LastIndexOf(':')], rest[(rest.LastIndexOf(':') + 1)..]);

            var result = await ProcessRunner.RunAsync("dotnet",
            [
                "msbuild", fixture.Project(deployment.Metadata.Name).ProjectPath, "-t:ComputeContainerConfig",
                $"-p:ContainerRegistry={registry}", $"-p:ContainerRepository={repository}", $"-p:ContainerImageTag={tag}",
                "-getProperty:ContainerRegistry", "-getProperty:ContainerRepository", "-getProperty:ContainerBaseImage", "-getItem:ContainerImageTags",
            ], Timeout);

            Assert.True(result.ExitCode == 0, result.ToString());
            using var json = JsonDocument.Parse(result.Output);
            var properties = json.RootElement.GetProperty("Properties");
            var tags = json.RootElement.GetProperty("Items").GetProperty("ContainerImageTags").EnumerateArray().Select(item => item.GetProperty("Identity").GetString());
            Assert.Equal(image, $"{properties.GetProperty("ContainerRegistry").GetString()}/{properties.GetProperty("ContainerRepository").GetString()}:{Assert.Single(tags)}");
            Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:", properties.GetProperty("ContainerBaseImage").GetString(), StringComparison.Ordinal);
        }
    }
}
