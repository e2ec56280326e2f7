using System.Diagnostics;
using System.Diagnostics.Metrics;
using Google.Protobuf;
using Grpc.Core;
using LeagueApp.Firestore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Timestamp = Google.Protobuf.WellKnownTypes.Timestamp;
using V1 = Google.Cloud.Firestore.V1;

namespace LeagueApp.Firestore.Tests;

/// <summary>The retry policy against a scripted server: which failures are tried again, how often, and for how long.</summary>
public sealed class RetryTests
{
    private const string Arsenal = "projects/p/databases/(default)/documents/Teams/arsenal";

    private static readonly ByteString First = ByteString.CopyFromUtf8("first");
    private static readonly ByteString Second = ByteString.CopyFromUtf8("second");

    public static TheoryData<string> SingleCallCodes => ["RESOURCE_EXHAUSTED", "UNAVAILABLE", "INTERNAL", "DEADLINE_EXCEEDED"];

    public static TheoryData<string> StreamedReadCodes => ["UNAVAILABLE", "INTERNAL", "DEADLINE_EXCEEDED"];

    public static TheoryData<string> NonRetryableCodes =>
        ["INVALID_ARGUMENT", "PERMISSION_DENIED", "UNAUTHENTICATED", "FAILED_PRECONDITION", "ABORTED", "ALREADY_EXISTS", "UNIMPLEMENTED", "CANCELLED", "UNKNOWN"];

    [Theory]
    [MemberData(nameof(SingleCallCodes))]
    public async Task A_get_is_retried_on_each_code_of_its_class_and_succeeds(string status)
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(Failure(status), Failure(status), StubResponse.Ok(Document(capital: 1)));
        using var host = CreateHost(stub);

        var document = await host.Client.GetAsync("Teams", "arsenal");

        Assert.Equal(1, document!.Fields.GetInt64("capital"));
        Assert.Equal(3, stub.Requests);
    }

    [Theory]
    [MemberData(nameof(StreamedReadCodes))]
    public async Task A_batch_get_is_retried_on_each_code_of_its_class_and_succeeds(string status)
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(Failure(status), StubResponse.Ok(Missing()));
        using var host = CreateHost(stub);

        var documents = await host.Client.BatchGetAsync("Teams", ["arsenal"]);

        Assert.Null(documents[0]);
        Assert.Equal(2, stub.Requests);
    }

    [Fact]
    public async Task A_batch_get_is_not_retried_on_resource_exhausted_as_googles_settings_leave_it_out()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(Failure("RESOURCE_EXHAUSTED"), StubResponse.Ok(Missing()));
        using var host = CreateHost(stub);

        var error = await Assert.ThrowsAnyAsync<FirestoreException>(() => host.Client.BatchGetAsync("Teams", ["arsenal"]));

        Assert.Equal("RESOURCE_EXHAUSTED", error.Status);
        Assert.Equal(1, stub.Requests);
    }

    [Theory]
    [MemberData(nameof(NonRetryableCodes))]
    public async Task Other_codes_are_not_retried(string status)
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(Failure(status), StubResponse.Ok(Document(capital: 1)));
        using var host = CreateHost(stub);

        var error = await Assert.ThrowsAnyAsync<FirestoreException>(() => host.Client.GetAsync("Teams", "arsenal"));

        Assert.Equal(status, error.Status);
        Assert.Equal(1, stub.Requests);
    }

    [Fact]
    public async Task Retries_stop_after_max_attempts()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(Failure("UNAVAILABLE"));
        using var host = CreateHost(stub, options => options.MaxAttempts = 3);

        var error = await Assert.ThrowsAsync<FirestoreUnavailableException>(() => host.Client.GetAsync("Teams", "arsenal"));

        Assert.Equal("UNAVAILABLE", error.Status);
        Assert.Equal(3, stub.Requests);
    }

    [Fact]
    public async Task The_operation_deadline_holds_however_many_attempts_are_allowed()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(Failure("UNAVAILABLE"));
        using var host = CreateHost(stub, options =>
        {
            options.MaxAttempts = 1000;
            options.InitialBackoff = TimeSpan.FromMilliseconds(50);
            options.MaxBackoff = TimeSpan.FromMilliseconds(200);
            options.OperationTimeout = TimeSpan.FromSeconds(1);
        });
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<FirestoreUnavailableException>(() => host.Client.GetAsync("Teams", "arsenal"));

        // Generous: the point is that it ends near the deadline, not after 1000 attempts.
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(4));
        Assert.InRange(stub.Requests, 2, 100);
        Assert.Contains(error.Status, new[] { "UNAVAILABLE", "DEADLINE_EXCEEDED" });
    }

    [Fact]
    public async Task Each_retry_is_counted_by_the_meter()
    {
        var retries = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, meters) =>
        {
            if (instrument.Meter.Name == FirestoreTelemetry.MeterName)
            {
                meters.EnableMeasurementEvents(instrument);
            }
        };
        using var thisTest = new Activity(nameof(Each_retry_is_counted_by_the_meter)).Start();
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            // Other tests run beside this one and retry too: their retries belong to other traces.
            if (Activity.Current?.TraceId != thisTest.TraceId)
            {
                return;
            }

            foreach (var tag in tags)
            {
                if (tag.Key == "firestore.status" && tag.Value is string status)
                {
                    lock (retries)
                    {
                        retries.Add(status);
                    }
                }
            }
        });
        listener.Start();
        await using var stub = await StubFirestoreServer.StartScriptedAsync(Failure("INTERNAL"), Failure("UNAVAILABLE"), StubResponse.Ok(Document(capital: 1)));
        using var host = CreateHost(stub);

        await host.Client.GetAsync("Teams", "arsenal");

        lock (retries)
        {
            Assert.Contains("INTERNAL", retries);
            Assert.Contains("UNAVAILABLE", retries);
        }
    }

    [Theory]
    [InlineData("UNAVAILABLE")]
    [InlineData("DEADLINE_EXCEEDED")]
    [InlineData("INTERNAL")]
    public async Task A_commit_that_could_apply_twice_is_not_retried_on_an_ambiguous_failure(string status)
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(Failure(status), StubResponse.Ok(CommitAnswer()));
        using var host = CreateHost(stub);

        var error = await Assert.ThrowsAnyAsync<FirestoreException>(
            () => host.Client.CommitAsync([Write.Increment("Teams", "arsenal", "capital", 5)]));

        Assert.Equal(status, error.Status);
        Assert.Equal(1, stub.Requests);
    }

    [Fact]
    public async Task A_commit_that_could_apply_twice_is_retried_on_resource_exhausted_which_applies_nothing()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(Failure("RESOURCE_EXHAUSTED"), StubResponse.Ok(CommitAnswer()));
        using var host = CreateHost(stub);

        await host.Client.CommitAsync([Write.Set("Teams", "arsenal", new DocumentFields { ["capital"] = 5 })]);

        Assert.Equal(2, stub.Requests);
    }

    [Theory]
    [MemberData(nameof(SingleCallCodes))]
    public async Task A_commit_whose_repeat_cannot_apply_twice_is_retried(string status)
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(Failure(status), StubResponse.Ok(CommitAnswer()));
        using var host = CreateHost(stub);

        await host.Client.CommitAsync(
        [
            Write.Update("Teams", "arsenal", new DocumentFields { ["capital"] = 5 }, Precondition.UpdatedAt(DateTimeOffset.UnixEpoch)),
            Write.Delete("Teams", "chelsea"),
        ]);

        Assert.Equal(2, stub.Requests);
    }

    [Fact]
    public async Task A_commit_with_a_create_beside_a_set_is_retried_as_the_create_refuses_the_whole_repeat()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(Failure("UNAVAILABLE"), StubResponse.Ok(CommitAnswer()));
        using var host = CreateHost(stub);

        await host.Client.CommitAsync(
        [
            Write.Create("Teams", "arsenal", new DocumentFields { ["capital"] = 5 }),
            Write.Set("Idempotency", "key", new DocumentFields { ["status"] = 201 }),
        ]);

        Assert.Equal(2, stub.Requests);
    }

    [Fact]
    public async Task A_retried_create_that_meets_its_own_first_attempt_succeeds()
    {
        var now = DateTimeOffset.UtcNow;
        await using var stub = await StubFirestoreServer.StartScriptedAsync(
            Failure("INTERNAL"),
            StubResponse.Error(StatusCode.AlreadyExists),
            StubResponse.Ok(Document(capital: 1, created: now, updated: now)));
        using var host = CreateHost(stub);

        var created = await host.Client.CreateAsync("Teams", "arsenal", new DocumentFields { ["capital"] = 1 });

        Assert.Equal(1, created.Fields.GetInt64("capital"));
        Assert.Equal(["CreateDocument", "CreateDocument", "GetDocument"], stub.Received.Select(request => request.Method));
    }

    [Fact]
    public async Task A_retried_create_that_meets_an_older_document_is_a_conflict()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(
            Failure("UNAVAILABLE"),
            StubResponse.Error(StatusCode.AlreadyExists),
            StubResponse.Ok(Document(capital: 1, created: new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), updated: new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero))));
        using var host = CreateHost(stub);

        await Assert.ThrowsAsync<FirestoreAlreadyExistsException>(() => host.Client.CreateAsync("Teams", "arsenal", new DocumentFields { ["capital"] = 1 }));
    }

    [Fact]
    public async Task A_retried_create_that_meets_a_changed_document_reports_an_unknown_outcome()
    {
        var now = DateTimeOffset.UtcNow;
        await using var stub = await StubFirestoreServer.StartScriptedAsync(
            Failure("DEADLINE_EXCEEDED"),
            StubResponse.Error(StatusCode.AlreadyExists),
            StubResponse.Ok(Document(capital: 7, created: now, updated: now.AddMilliseconds(5))));
        using var host = CreateHost(stub);

        var error = await Assert.ThrowsAsync<FirestoreUnavailableException>(
            () => host.Client.CommitAsync([Write.Create("Teams", "arsenal", new DocumentFields { ["capital"] = 1 })]));

        Assert.Equal("UNKNOWN", error.Status);
    }

    [Fact]
    public async Task A_first_attempt_that_meets_already_exists_is_a_conflict_without_a_read()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(StubResponse.Error(StatusCode.AlreadyExists));
        using var host = CreateHost(stub);

        await Assert.ThrowsAsync<FirestoreAlreadyExistsException>(() => host.Client.CreateAsync("Teams", "arsenal", new DocumentFields { ["capital"] = 1 }));

        Assert.Equal(1, stub.Requests);
    }

    [Fact]
    public async Task A_repeated_precondition_failure_after_an_ambiguous_attempt_is_an_unknown_outcome_not_a_conflict()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(Failure("UNAVAILABLE"), StubResponse.Error(StatusCode.FailedPrecondition));
        using var host = CreateHost(stub);

        var error = await Assert.ThrowsAsync<FirestoreUnavailableException>(
            () => host.Client.PatchAsync("Teams", "arsenal", new DocumentFields { ["capital"] = 1 }, Precondition.UpdatedAt(DateTimeOffset.UnixEpoch)));

        Assert.Equal("UNKNOWN", error.Status);
    }

    [Fact]
    public async Task A_transaction_whose_body_reads_is_begun_by_its_first_read_and_sends_no_begin_transaction()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(
            StubResponse.Ok(Named(First), Missing()),
            StubResponse.Ok(new V1.RunQueryResponse { ReadTime = new Timestamp() }),
            StubResponse.Ok(CommitAnswer()));
        using var host = CreateHost(stub);

        await host.Client.RunTransactionAsync(async (transaction, ct) =>
        {
            await transaction.GetAsync("Teams", "arsenal", ct);
            await transaction.RunQueryAsync(new FirestoreQuery("Teams"), ct);
            transaction.Create("Teams", "arsenal", DocumentFields.Empty);
            return true;
        });

        Assert.Equal(["BatchGetDocuments beginning", "RunQuery in first", "Commit in first"], Calls(stub));
    }

    [Fact]
    public async Task A_query_begins_the_transaction_when_it_is_the_first_read()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(
            StubResponse.Ok(new V1.RunQueryResponse { Transaction = First }, new V1.RunQueryResponse { ReadTime = new Timestamp() }),
            StubResponse.Ok(CommitAnswer()));
        using var host = CreateHost(stub);

        await host.Client.RunTransactionAsync(async (transaction, ct) =>
        {
            await transaction.RunQueryAsync(new FirestoreQuery("Teams"), ct);
            transaction.Create("Teams", "arsenal", DocumentFields.Empty);
            return true;
        });

        Assert.Equal(["RunQuery beginning", "Commit in first"], Calls(stub));
    }

    [Fact]
    public async Task An_aborted_commit_is_rolled_back_and_the_next_first_read_begins_again_naming_the_aborted_transaction()
    {
        using var thisTest = new Activity(nameof(An_aborted_commit_is_rolled_back_and_the_next_first_read_begins_again_naming_the_aborted_transaction)).Start();
        var attempts = new List<object?>();
        using var listener = ListenToTransactions(attempts);
        await using var stub = await StubFirestoreServer.StartScriptedAsync(
            StubResponse.Ok(Named(First), Missing()),
            StubResponse.Error(StatusCode.Aborted),
            StubResponse.Empty,
            StubResponse.Ok(Named(Second), Missing()),
            StubResponse.Ok(CommitAnswer()));
        using var host = CreateHost(stub);
        var runs = 0;

        await host.Client.RunTransactionAsync(async (transaction, ct) =>
        {
            runs++;
            await transaction.GetAsync("Teams", "arsenal", ct);
            transaction.Create("Teams", "arsenal", DocumentFields.Empty);
            return true;
        });

        Assert.Equal(2, runs);
        Assert.Equal(
            ["BatchGetDocuments beginning", "Commit in first", "Rollback of first", "BatchGetDocuments beginning, retrying first", "Commit in second"],
            Calls(stub));
        Assert.Equal(2, Assert.Single(attempts));
    }

    [Fact]
    public async Task A_first_read_aborted_after_its_answer_named_the_transaction_rolls_that_one_back_and_names_it_next()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(
            new StubResponse(StatusCode.Aborted, "contention", [Named(First)]),
            StubResponse.Empty,
            StubResponse.Ok(Named(Second), Missing()),
            StubResponse.Ok(CommitAnswer()));
        using var host = CreateHost(stub);

        await host.Client.RunTransactionAsync((transaction, ct) => transaction.GetAsync("Teams", "arsenal", ct));

        Assert.Equal(["BatchGetDocuments beginning", "Rollback of first", "BatchGetDocuments beginning, retrying first", "Commit in second"], Calls(stub));
    }

    // ABORTED runs the whole body again, UNAVAILABLE only repeats the read; either way no transaction was
    // named, so there is nothing to roll back and none to retry.
    [Theory]
    [InlineData("ABORTED", 2)]
    [InlineData("UNAVAILABLE", 1)]
    public async Task A_first_read_that_failed_before_any_answer_rolls_nothing_back_and_begins_the_transaction_again(string status, int expectedRuns)
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(
            Failure(status),
            StubResponse.Ok(Named(First), Missing()),
            StubResponse.Ok(CommitAnswer()));
        using var host = CreateHost(stub);
        var runs = 0;

        await host.Client.RunTransactionAsync((transaction, ct) =>
        {
            runs++;
            return transaction.GetAsync("Teams", "arsenal", ct);
        });

        Assert.Equal(expectedRuns, runs);
        Assert.Equal(["BatchGetDocuments beginning", "BatchGetDocuments beginning", "Commit in first"], Calls(stub));
    }

    [Fact]
    public async Task A_first_read_that_broke_after_its_answer_named_the_transaction_is_repeated_in_that_transaction()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(
            new StubResponse(StatusCode.Unavailable, "connection lost", [Named(First)]),
            StubResponse.Ok(Missing()),
            StubResponse.Ok(CommitAnswer()));
        using var host = CreateHost(stub);

        await host.Client.RunTransactionAsync((transaction, ct) => transaction.GetAsync("Teams", "arsenal", ct));

        Assert.Equal(["BatchGetDocuments beginning", "BatchGetDocuments in first", "Commit in first"], Calls(stub));
    }

    [Fact]
    public async Task Reads_started_together_wait_for_the_first_to_name_the_transaction_instead_of_beginning_another()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(
            StubResponse.Ok(Named(First), Missing()) with { Delay = TimeSpan.FromMilliseconds(300) },
            StubResponse.Ok(Missing()),
            StubResponse.Ok(CommitAnswer()));
        using var host = CreateHost(stub);

        await host.Client.RunTransactionAsync((transaction, ct) =>
            Task.WhenAll(transaction.GetAsync("Teams", "arsenal", ct), transaction.GetAsync("Teams", "arsenal", ct)));

        Assert.Equal(["BatchGetDocuments beginning", "BatchGetDocuments in first", "Commit in first"], Calls(stub));
    }

    [Fact]
    public async Task A_first_read_answered_without_the_transaction_id_fails_the_transaction_without_a_repeat()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(StubResponse.Ok(Missing()));
        using var host = CreateHost(stub);

        await Assert.ThrowsAsync<FirestoreMappingException>(() => host.Client.RunTransactionAsync((transaction, ct) => transaction.GetAsync("Teams", "arsenal", ct)));

        Assert.Equal(["BatchGetDocuments beginning"], Calls(stub));
    }

    [Fact]
    public async Task A_body_that_only_writes_begins_its_transaction_just_before_the_commit_and_names_it_after_an_abort()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(
            StubResponse.Ok(new V1.BeginTransactionResponse { Transaction = First }),
            StubResponse.Error(StatusCode.Aborted),
            StubResponse.Empty,
            StubResponse.Ok(new V1.BeginTransactionResponse { Transaction = Second }),
            StubResponse.Ok(CommitAnswer()));
        using var host = CreateHost(stub);

        await host.Client.RunTransactionAsync((transaction, _) =>
        {
            transaction.Increment("Teams", "arsenal", "capital", 1);
            return Task.FromResult(true);
        });

        Assert.Equal(["BeginTransaction", "Commit in first", "Rollback of first", "BeginTransaction, retrying first", "Commit in second"], Calls(stub));
    }

    [Fact]
    public async Task A_transactional_commit_is_retried_with_the_same_transaction_and_the_body_runs_once()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(
            StubResponse.Ok(new V1.BeginTransactionResponse { Transaction = First }),
            Failure("UNAVAILABLE"),
            StubResponse.Ok(CommitAnswer()));
        using var host = CreateHost(stub);
        var runs = 0;

        await host.Client.RunTransactionAsync((transaction, _) =>
        {
            runs++;
            transaction.Increment("Teams", "arsenal", "capital", 1);
            return Task.FromResult(true);
        });

        Assert.Equal(1, runs);
        Assert.Equal(["BeginTransaction", "Commit", "Commit"], stub.Received.Select(request => request.Method));
        Assert.All(stub.Received.Skip(1), request => Assert.Equal(First, request.Message(V1.CommitRequest.Parser).Transaction));
    }

    [Fact]
    public async Task A_transactional_commit_whose_repeat_is_refused_reports_an_unknown_outcome_and_does_not_run_again()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(
            StubResponse.Ok(new V1.BeginTransactionResponse { Transaction = First }),
            Failure("DEADLINE_EXCEEDED"),
            StubResponse.Error(StatusCode.InvalidArgument),
            StubResponse.Empty);
        using var host = CreateHost(stub);
        var runs = 0;

        var error = await Assert.ThrowsAsync<FirestoreUnavailableException>(() => host.Client.RunTransactionAsync((transaction, _) =>
        {
            runs++;
            transaction.Increment("Teams", "arsenal", "capital", 1);
            return Task.FromResult(true);
        }));

        Assert.Equal("UNKNOWN", error.Status);
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task A_transaction_whose_time_ends_while_its_commit_is_under_way_reports_an_unknown_outcome()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(
            StubResponse.Ok(new V1.BeginTransactionResponse { Transaction = First }),
            StubResponse.Ok(new V1.CommitResponse()) with { Delay = TimeSpan.FromSeconds(60) },
            StubResponse.Empty);
        // Long enough for the BeginTransaction on a busy machine, so that the time runs out in the commit.
        using var host = CreateHost(stub, options => options.TransactionTimeout = TimeSpan.FromSeconds(3));

        var error = await Assert.ThrowsAsync<FirestoreUnavailableException>(() => host.Client.RunTransactionAsync((transaction, _) =>
        {
            transaction.Increment("Teams", "arsenal", "capital", 1);
            return Task.FromResult(true);
        }));

        // The commit may land after the client stopped waiting: "nothing was written" would be a guess.
        Assert.Equal("UNKNOWN", error.Status);
        Assert.Contains("may or may not", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transaction_that_keeps_being_aborted_gives_up_with_a_clear_aborted_exception()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(StubResponse.Error(StatusCode.Aborted));
        using var host = CreateHost(stub, options => options.MaxTransactionAttempts = 3);

        var error = await Assert.ThrowsAsync<FirestoreAbortedException>(() => host.Client.RunTransactionAsync((_, _) => Task.FromResult(true)));

        Assert.Contains("3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, stub.Received.Count(request => request.Method == "BeginTransaction"));
    }

    [Fact]
    public async Task The_readiness_check_survives_one_failed_attempt()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(Failure("UNAVAILABLE"), StubResponse.Ok(new V1.ListCollectionIdsResponse()));
        using var host = CreateHost(stub);

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, report.Entries["firestore"].Status);
        Assert.Equal(2, stub.Requests);
    }

    [Fact]
    public async Task The_readiness_check_gives_up_after_two_attempts()
    {
        await using var stub = await StubFirestoreServer.StartScriptedAsync(Failure("UNAVAILABLE"));
        using var host = CreateHost(stub);

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["firestore"].Status);
        Assert.Equal(2, stub.Requests);
    }

    private static V1.CommitResponse CommitAnswer()
    {
        var time = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return new V1.CommitResponse { CommitTime = time, WriteResults = { new V1.WriteResult { UpdateTime = time } } };
    }

    private static V1.Document Document(long capital, DateTimeOffset? created = null, DateTimeOffset? updated = null)
    {
        var document = new V1.Document { Name = Arsenal, Fields = { ["capital"] = new V1.Value { IntegerValue = capital } } };
        if (created is { } createTime)
        {
            document.CreateTime = Timestamp.FromDateTimeOffset(createTime);
        }

        if (updated is { } updateTime)
        {
            document.UpdateTime = Timestamp.FromDateTimeOffset(updateTime);
        }

        return document;
    }

    private static V1.BatchGetDocumentsResponse Missing() => new() { Missing = Arsenal };

    // Each call the stub received, with how it takes its transaction, e.g. "Commit in first".
    private static List<string> Calls(StubFirestoreServer stub) => [.. stub.Received.Select(request => request.Method switch
    {
        "BatchGetDocuments" when request.Message(V1.BatchGetDocumentsRequest.Parser) is var read => $"BatchGetDocuments {Taking(read.NewTransaction, read.Transaction)}",
        "RunQuery" when request.Message(V1.RunQueryRequest.Parser) is var query => $"RunQuery {Taking(query.NewTransaction, query.Transaction)}",
        "BeginTransaction" => $"BeginTransaction{Retrying(request.Message(V1.BeginTransactionRequest.Parser).Options.ReadWrite)}",
        "Commit" => $"Commit {Taking(begin: null, request.Message(V1.CommitRequest.Parser).Transaction)}",
        "Rollback" => $"Rollback of {request.Message(V1.RollbackRequest.Parser).Transaction.ToStringUtf8()}",
        var method => method,
    })];

    private static string Taking(V1.TransactionOptions? begin, ByteString id) =>
        begin is not null ? $"beginning{Retrying(begin.ReadWrite)}"
        : id.IsEmpty ? "outside a transaction"
        : $"in {id.ToStringUtf8()}";

    private static string Retrying(V1.TransactionOptions.Types.ReadWrite? readWrite) =>
        readWrite is null ? " read-only"
        : readWrite.RetryTransaction.IsEmpty ? ""
        : $", retrying {readWrite.RetryTransaction.ToStringUtf8()}";

    // The answer a read that began a transaction starts with.
    private static V1.BatchGetDocumentsResponse Named(ByteString transaction) => new() { Transaction = transaction };

    // Collects the attempts tag of the transactions in the test's own trace; other tests run beside it.
    private static ActivityListener ListenToTransactions(List<object?> attempts)
    {
        var trace = Activity.Current?.TraceId;
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FirestoreTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.OperationName == "firestore.transaction" && activity.TraceId == trace)
                {
                    lock (attempts)
                    {
                        attempts.Add(activity.GetTagItem("firestore.transaction.attempts"));
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    // The status names are google.rpc.Code's; StatusCode spells the same codes in Pascal case.
    private static StubResponse Failure(string status) => StubResponse.Error(Enum.Parse<StatusCode>(status.Replace("_", "", StringComparison.Ordinal), ignoreCase: true));

    // Short delays keep the suite fast; the policy is the same.
    private static FirestoreTestHost CreateHost(StubFirestoreServer stub, Action<FirestoreOptions>? configure = null) =>
        FirestoreTestHost.Create($"Endpoint={stub.Endpoint};ProjectId=p", options =>
        {
            options.InitialBackoff = TimeSpan.FromMilliseconds(5);
            options.MaxBackoff = TimeSpan.FromMilliseconds(20);
            options.TransactionInitialBackoff = TimeSpan.FromMilliseconds(5);
            options.TransactionMaxBackoff = TimeSpan.FromMilliseconds(20);
            configure?.Invoke(options);
        });
}
