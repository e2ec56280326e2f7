using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// Turns the values that the model hands a project (strings, endpoint references, connection strings,
/// parameters, expressions of them) into what the cluster gives the pod: endpoints become the
/// in-cluster Service names and ports, secret parameters become Secret references.
/// </summary>
internal sealed class EnvironmentTranslator(string appName, IReadOnlyDictionary<string, WorkloadPorts> workloads)
{
    public const string SecretKey = "value";

    private static readonly EnvironmentValue Omitted = new EnvironmentValue.Omitted();

    public async ValueTask<EnvironmentValue> TranslateAsync(string variable, object value, CancellationToken ct) => value switch
    {
        string text => new EnvironmentValue.Setting(text),
        ParameterResource { Secret: true } parameter =>
            new EnvironmentValue.Secret(new SecretReference($"{appName}-{parameter.Name}", SecretKey)),
        ParameterResource parameter => new EnvironmentValue.Setting(await parameter.GetValueAsync(ct) ?? string.Empty),
        ConnectionStringReference reference => await TranslateAsync(variable, reference.ConnectionStringExpression, ct),
        IResourceWithConnectionString resource => await TranslateAsync(variable, resource.ConnectionStringExpression, ct),
        EndpointReference endpoint => Endpoint(variable, endpoint, EndpointProperty.Url),
        EndpointReferenceExpression expression => Endpoint(variable, expression.Endpoint, expression.Property),
        ReferenceExpression expression => await FormatAsync(variable, expression, ct),
        _ => throw Unsupported(variable, $"a value of type {value.GetType().Name}"),
    };

    private EnvironmentValue Endpoint(string variable, EndpointReference endpoint, EndpointProperty property)
    {
        if (!workloads.TryGetValue(endpoint.Resource.Name, out var ports))
        {
            throw Unsupported(variable, $"an endpoint of '{endpoint.Resource.Name}', which is not a project");
        }

        if (endpoint.Scheme != Uri.UriSchemeHttp)
        {
            return Omitted;
        }

        var host = endpoint.Resource.Name;
        return new EnvironmentValue.Setting(property switch
        {
            EndpointProperty.Url => $"http://{host}:{ports.ServicePort}",
            EndpointProperty.Host => host,
            EndpointProperty.HostAndPort => $"{host}:{ports.ServicePort}",
            EndpointProperty.Port => ports.ServicePort.ToString(CultureInfo.InvariantCulture),
            EndpointProperty.TargetPort => ports.ContainerPort.ToString(CultureInfo.InvariantCulture),
            EndpointProperty.Scheme => Uri.UriSchemeHttp,
            _ => throw Unsupported(variable, $"the endpoint property {property}"),
        });
    }

    private async ValueTask<EnvironmentValue> FormatAsync(string variable, ReferenceExpression expression, CancellationToken ct)
    {
        if (expression.IsConditional || expression.StringFormats.Any(format => format is not null))
        {
            throw Unsupported(variable, "a conditional or formatted expression");
        }

        var parts = new List<EnvironmentValue>();
        foreach (var provider in expression.ValueProviders)
        {
            parts.Add(await TranslateAsync(variable, provider, ct));
        }

        if (parts.Any(part => part is EnvironmentValue.Omitted))
        {
            return Omitted;
        }

        if (parts.OfType<EnvironmentValue.Secret>().FirstOrDefault() is { } secret)
        {
            // A Secret reference can stand for a whole value, not for a part of one.
            return expression.Format == "{0}" ? secret : throw Unsupported(variable, "a secret inside a larger value");
        }

        var values = parts.Cast<EnvironmentValue.Setting>().Select(part => (object)part.Value).ToArray();
        return new EnvironmentValue.Setting(string.Format(CultureInfo.InvariantCulture, expression.Format, values));
    }

    private static DistributedApplicationException Unsupported(string variable, string what) =>
        new($"The environment variable '{variable}' holds {what}; the Kubernetes manifests cannot express it.");
}
