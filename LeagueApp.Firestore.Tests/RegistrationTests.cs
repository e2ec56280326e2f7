using Grpc.Core;
using LeagueApp.Firestore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using V1 = Google.Cloud.Firestore.V1;

namespace LeagueApp.Firestore.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public async Task A_missing_project_id_fails_the_start_naming_where_to_set_it()
    {
        using var host = FirestoreTestHost.Create("Endpoint=http://127.0.0.1:8900");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.Services.GetRequiredService<IHost>().StartAsync());

        Assert.Contains("ProjectId", error.Message, StringComparison.Ordinal);
        Assert.Contains($"ConnectionStrings:{FirestoreTestHost.ConnectionName}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_limits_fail_the_start()
    {
        using var host = FirestoreTestHost.Create(
            "Endpoint=http://127.0.0.1:8900;ProjectId=p",
            options =>
            {
                options.RequestTimeout = TimeSpan.Zero;
                options.MaxTransactionAttempts = 0;
                options.OperationTimeout = TimeSpan.Zero;
                options.TokenTimeout = TimeSpan.Zero;
                options.HealthCheckTimeout = TimeSpan.Zero;
                options.MaxAttempts = 0;
                options.MaxBackoff = TimeSpan.FromMilliseconds(1);
                options.BackoffMultiplier = double.NaN;
                options.TransactionMaxBackoff = TimeSpan.FromMilliseconds(1);
                options.MaxConcurrentRetriedTransactions = 0;
            });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.Services.GetRequiredService<IHost>().StartAsync());

        foreach (var option in new[]
        {
            "RequestTimeout", "MaxTransactionAttempts", "OperationTimeout", "TokenTimeout", "HealthCheckTimeout", "MaxAttempts ",
            "MaxBackoff", "BackoffMultiplier", "TransactionMaxBackoff", "MaxConcurrentRetriedTransactions",
        })
        {
            Assert.Contains(option, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_credentials_file_that_does_not_exist_is_reported()
    {
        using var host = FirestoreTestHost.Create("ProjectId=p;CredentialsFile=/nonexistent/key.json");

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<FirestoreOptions>>().Value);

        Assert.Contains("/nonexistent/key.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_fails_at_registration()
    {
        Assert.Throws<FormatException>(() => FirestoreTestHost.Create("Endpoint=http://127.0.0.1:8900;Projekt=p"));
    }

    [Fact]
    public void The_section_is_bound_then_the_connection_string_then_the_delegate_wins()
    {
        using var host = FirestoreTestHost.Create(
            "Endpoint=http://127.0.0.1:8900;ProjectId=from-connection-string",
            options => options.PageSize = 7,
            settings: new Dictionary<string, string?>
            {
                ["Firestore:ProjectId"] = "from-section",
                ["Firestore:DatabaseId"] = "league",
                ["Firestore:RequestTimeout"] = "00:00:03",
                ["Firestore:MaxTransactionAttempts"] = "9",
                ["Firestore:PageSize"] = "50",
            });

        var options = host.Services.GetRequiredService<IOptions<FirestoreOptions>>().Value;

        Assert.Equal("from-connection-string", options.ProjectId);
        Assert.Equal("league", options.DatabaseId);
        Assert.Equal(new Uri("http://127.0.0.1:8900"), options.EmulatorEndpoint);
        Assert.Equal(TimeSpan.FromSeconds(3), options.RequestTimeout);
        Assert.Equal(9, options.MaxTransactionAttempts);
        Assert.Equal(7, options.PageSize);
    }

    [Fact]
    public void The_health_check_is_registered_as_firestore_tagged_ready()
    {
        using var host = FirestoreTestHost.Create("Endpoint=http://127.0.0.1:8900;ProjectId=p");

        var registration = Assert.Single(
            host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations,
            check => check.Name == "firestore");

        Assert.Contains("ready", registration.Tags);
    }

    [Fact]
    public void An_application_time_provider_is_kept()
    {
        var own = new OwnTimeProvider();

        using var host = FirestoreTestHost.Create(
            "Endpoint=http://127.0.0.1:8900;ProjectId=p",
            customize: builder => builder.Services.AddSingleton<TimeProvider>(own));

        Assert.Same(own, host.Services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task The_emulator_gets_its_owner_token_and_every_call_the_routing_header()
    {
        await using var stub = await StubFirestoreServer.AnsweringAsync(StatusCode.OK, "", new V1.ListCollectionIdsResponse());
        using var host = FirestoreTestHost.Create($"Endpoint={stub.Endpoint};ProjectId=p", options => options.DatabaseId = "league");

        Assert.True(await host.Client.IsReachableAsync());
        Assert.Equal("Bearer owner", stub.LastAuthorization);
        Assert.Equal("database=projects%2Fp%2Fdatabases%2Fleague", stub.LastRequestParams);
    }

    [Fact]
    public async Task The_service_defaults_resilience_handler_does_not_retry_firestore_calls()
    {
        // An HTTP 503, which the standard resilience handler would retry were it in the channel's path
        // (a gRPC status in a 200's trailers it would not).
        await using var stub = await StubFirestoreServer.AnsweringHttpAsync(503, "overloaded", "text/plain");
        using var host = FirestoreTestHost.Create(
            $"Endpoint={stub.Endpoint};ProjectId=p",
            customize: builder => builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler()));

        await Assert.ThrowsAsync<FirestoreUnavailableException>(
            () => host.Client.CommitAsync([Write.Increment("Teams", "arsenal", "capital", 1)]));

        Assert.Equal(1, stub.Requests);
    }

    private sealed class OwnTimeProvider : TimeProvider;
}
