using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LeagueApp.Firestore.Tests.Infrastructure;

/// <summary>A host wired like a service: <see cref="FirestoreClientExtensions.AddFirestoreClient"/> with a connection string.</summary>
public sealed class FirestoreTestHost : IDisposable
{
    public const string ConnectionName = "firestore";

    private readonly IHost _host;

    private FirestoreTestHost(IHost host)
    {
        _host = host;
    }

    public IServiceProvider Services => _host.Services;

    public IFirestoreClient Client => _host.Services.GetRequiredService<IFirestoreClient>();

    public static FirestoreTestHost Create(
        string? connectionString,
        Action<FirestoreOptions>? configure = null,
        Action<HostApplicationBuilder>? customize = null,
        IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Configuration[$"ConnectionStrings:{ConnectionName}"] = connectionString;
        customize?.Invoke(builder);
        builder.AddFirestoreClient(ConnectionName, configure);
        return new FirestoreTestHost(builder.Build());
    }

    public void Dispose() => _host.Dispose();
}
