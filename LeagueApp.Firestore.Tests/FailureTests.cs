using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Grpc.Core;
using LeagueApp.Firestore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using V1 = Google.Cloud.Firestore.V1;

namespace LeagueApp.Firestore.Tests;

public sealed class FailureTests
{
    [Fact]
    public async Task A_server_that_never_answers_times_out_as_unavailable_within_the_operation_timeout()
    {
        using var blackhole = new BlackholeServer();
        using var host = FirestoreTestHost.Create(
            $"Endpoint={blackhole.Endpoint};ProjectId=p",
            options =>
            {
                options.RequestTimeout = TimeSpan.FromSeconds(1);
                options.OperationTimeout = TimeSpan.FromSeconds(2.5);
            });
        var stopwatch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<FirestoreUnavailableException>(() => host.Client.GetAsync("Teams", "arsenal"));

        // Each attempt times out after 1 s and is retried, until the operation's 2.5 s are spent.
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(6));
        Assert.Equal("DEADLINE_EXCEEDED", error.Status);
        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task A_token_endpoint_that_never_answers_fails_within_the_token_timeout_not_the_request_timeout()
    {
        using var tokenEndpoint = new BlackholeServer();
        var keyFile = Path.Combine(Path.GetTempPath(), $"firestore-key-{Guid.NewGuid():N}.json");
        using (var rsa = RSA.Create(2048))
        {
            await File.WriteAllTextAsync(keyFile, JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["type"] = "service_account",
                ["project_id"] = "p",
                ["private_key_id"] = "test",
                ["private_key"] = rsa.ExportPkcs8PrivateKeyPem(),
                ["client_email"] = "test@p.iam.gserviceaccount.com",
                ["client_id"] = "1",
                ["token_uri"] = new Uri(tokenEndpoint.Endpoint, "token").ToString(),
            }));
        }

        try
        {
            using var host = FirestoreTestHost.Create($"ProjectId=p;CredentialsFile={keyFile}", options =>
            {
                options.TokenTimeout = TimeSpan.FromMilliseconds(500);
                options.RequestTimeout = TimeSpan.FromSeconds(60);
                options.MaxAttempts = 1;
            });
            var stopwatch = Stopwatch.StartNew();

            var error = await Assert.ThrowsAsync<FirestoreUnavailableException>(() => host.Client.GetAsync("Teams", "arsenal"));

            Assert.Contains("access token", error.Message, StringComparison.Ordinal);
            Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        }
        finally
        {
            File.Delete(keyFile);
        }
    }

    [Fact]
    public async Task A_key_file_that_is_no_service_account_key_is_unauthenticated_and_named()
    {
        var keyFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(keyFile, "{\"type\":\"authorized_user\"}");
        try
        {
            using var host = FirestoreTestHost.Create($"ProjectId=p;CredentialsFile={keyFile}", options => options.MaxAttempts = 1);

            var error = await Assert.ThrowsAsync<FirestoreException>(() => host.Client.GetAsync("Teams", "arsenal"));

            Assert.Equal("UNAUTHENTICATED", error.Status);
            Assert.StartsWith("No Google credentials for Firestore", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(keyFile);
        }
    }

    [Fact]
    public async Task The_callers_cancellation_stays_an_operation_canceled_exception()
    {
        using var blackhole = new BlackholeServer();
        using var host = FirestoreTestHost.Create($"Endpoint={blackhole.Endpoint};ProjectId=p");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Client.GetAsync("Teams", "arsenal", cancel.Token));
    }

    [Fact]
    public async Task A_refused_connection_is_unavailable()
    {
        using var host = FirestoreTestHost.Create($"Endpoint=http://127.0.0.1:{LoopbackPorts.Free()};ProjectId=p");

        var error = await Assert.ThrowsAsync<FirestoreUnavailableException>(
            () => host.Client.CreateAsync("Teams", "arsenal", new DocumentFields { ["capital"] = 1 }));

        Assert.Equal("UNAVAILABLE", error.Status);
        Assert.Null(error.StatusCode);
        Assert.NotNull(Assert.IsType<RpcException>(error.InnerException).Status.DebugException);
    }

    [Theory]
    [InlineData(StatusCode.Aborted, "ABORTED", 409, typeof(FirestoreAbortedException))]
    [InlineData(StatusCode.AlreadyExists, "ALREADY_EXISTS", 409, typeof(FirestoreAlreadyExistsException))]
    [InlineData(StatusCode.NotFound, "NOT_FOUND", 404, typeof(FirestoreNotFoundException))]
    [InlineData(StatusCode.FailedPrecondition, "FAILED_PRECONDITION", 400, typeof(FirestoreFailedPreconditionException))]
    [InlineData(StatusCode.Unavailable, "UNAVAILABLE", 503, typeof(FirestoreUnavailableException))]
    [InlineData(StatusCode.DeadlineExceeded, "DEADLINE_EXCEEDED", 504, typeof(FirestoreUnavailableException))]
    [InlineData(StatusCode.ResourceExhausted, "RESOURCE_EXHAUSTED", 429, typeof(FirestoreUnavailableException))]
    [InlineData(StatusCode.Internal, "INTERNAL", 500, typeof(FirestoreUnavailableException))]
    [InlineData(StatusCode.InvalidArgument, "INVALID_ARGUMENT", 400, typeof(FirestoreException))]
    [InlineData(StatusCode.PermissionDenied, "PERMISSION_DENIED", 403, typeof(FirestoreException))]
    public async Task Statuses_map_to_the_exception_of_their_name(StatusCode code, string status, int httpStatus, Type expected)
    {
        await using var stub = await StubFirestoreServer.AnsweringAsync(code, "detail from the server");
        using var host = FirestoreTestHost.Create($"Endpoint={stub.Endpoint};ProjectId=p");

        var error = await Assert.ThrowsAnyAsync<FirestoreException>(() => host.Client.CommitAsync([Write.Delete("Teams", "arsenal")]));

        Assert.IsType(expected, error);
        Assert.Equal(status, error.Status);
        Assert.Equal((HttpStatusCode)httpStatus, error.StatusCode);
        Assert.Contains("detail from the server", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_404_from_a_wrong_address_is_an_error_not_a_missing_document()
    {
        await using var stub = await StubFirestoreServer.AnsweringHttpAsync(404, "Not Found", "text/plain");
        using var host = FirestoreTestHost.Create($"Endpoint={stub.Endpoint};ProjectId=p");

        var error = await Assert.ThrowsAsync<FirestoreException>(() => host.Client.GetAsync("Teams", "arsenal"));

        Assert.Equal("UNIMPLEMENTED", error.Status);
        Assert.Contains("404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_after_some_query_results_fails_the_query_instead_of_returning_them()
    {
        var first = new V1.RunQueryResponse { Document = new V1.Document { Name = "projects/p/databases/(default)/documents/Teams/arsenal" } };
        await using var stub = await StubFirestoreServer.AnsweringAsync(StatusCode.Unavailable, "stream broke", first);
        using var host = FirestoreTestHost.Create($"Endpoint={stub.Endpoint};ProjectId=p");

        var error = await Assert.ThrowsAsync<FirestoreUnavailableException>(() => host.Client.RunQueryAsync(new FirestoreQuery("Teams")));

        Assert.Contains("stream broke", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_after_some_batch_get_results_fails_the_read_instead_of_reporting_documents_missing()
    {
        var first = new V1.BatchGetDocumentsResponse { Missing = "projects/p/databases/(default)/documents/Teams/arsenal" };
        await using var stub = await StubFirestoreServer.AnsweringAsync(StatusCode.Internal, "stream broke", first);
        using var host = FirestoreTestHost.Create($"Endpoint={stub.Endpoint};ProjectId=p");

        var error = await Assert.ThrowsAsync<FirestoreUnavailableException>(() => host.Client.BatchGetAsync("Teams", ["arsenal", "chelsea"]));

        Assert.Equal("INTERNAL", error.Status);
    }

    [Fact]
    public async Task A_batch_get_answer_that_ends_without_every_document_is_an_error()
    {
        var first = new V1.BatchGetDocumentsResponse { Missing = "projects/p/databases/(default)/documents/Teams/arsenal" };
        await using var stub = await StubFirestoreServer.AnsweringAsync(StatusCode.OK, "", first);
        using var host = FirestoreTestHost.Create($"Endpoint={stub.Endpoint};ProjectId=p");

        var error = await Assert.ThrowsAsync<FirestoreException>(() => host.Client.BatchGetAsync("Teams", ["arsenal", "chelsea"]));

        Assert.Contains("chelsea", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_health_check_reports_an_unreachable_firestore_as_unhealthy()
    {
        using var host = FirestoreTestHost.Create($"Endpoint=http://127.0.0.1:{LoopbackPorts.Free()};ProjectId=p");

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["firestore"].Status);
    }
}
