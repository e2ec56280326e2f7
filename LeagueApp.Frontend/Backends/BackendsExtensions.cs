namespace LeagueApp.Frontend.Backends;

public static class BackendsExtensions
{
    // Service discovery resolves these names: from the AppHost locally, from Kubernetes DNS in the cluster.
    public static IHostApplicationBuilder AddLeagueBackends(this IHostApplicationBuilder builder)
    {
        builder.Services.AddTransient<ApiKeyForwardingHandler>();
        foreach (var backend in new[] { LeagueGateway.Stats, LeagueGateway.PlayerOps, LeagueGateway.Transfer })
        {
            builder.Services.AddHttpClient(backend, client => client.BaseAddress = new Uri($"http://{backend}"))
                .AddHttpMessageHandler<ApiKeyForwardingHandler>();
        }

        builder.Services.AddSingleton<BackendCaller>();
        builder.Services.AddSingleton<LeagueGateway>();
        return builder;
    }
}
