using Grpc.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using V1 = Google.Cloud.Firestore.V1;

namespace LeagueApp.Firestore;

/// <summary>
/// A client for Firestore's gRPC API v1 (the emulator serves the same API). Calls are retried as
/// <see cref="RetryPolicy"/> and <see cref="FirestoreOptions"/> say.
/// </summary>
public sealed partial class FirestoreClient : IFirestoreClient
{
    /// <summary>Firestore's limit of writes in one commit.</summary>
    public const int MaxWritesPerCommit = 500;

    private readonly FirestoreRpc _rpc;
    private readonly FirestoreRetrier _retrier;
    private readonly TransactionRetryGate _retryGate;
    private readonly ResourceNames _names;
    private readonly FirestoreOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<FirestoreClient> _logger;

    /// <param name="retryGate">Shared by the process's clients, so that their retried transactions take turns.</param>
    internal FirestoreClient(
        FirestoreRpc rpc,
        IOptions<FirestoreOptions> options,
        TimeProvider timeProvider,
        ILogger<FirestoreClient> logger,
        TransactionRetryGate retryGate)
    {
        ArgumentNullException.ThrowIfNull(options);
        _rpc = rpc;
        _names = rpc.Names;
        _options = options.Value;
        _retryGate = retryGate;
        _retrier = new FirestoreRetrier(_options, timeProvider, logger);
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async Task<FirestoreDocument?> GetAsync(string collection, string id, CancellationToken ct = default)
    {
        var request = new V1.GetDocumentRequest { Name = DocumentName(collection, id) };
        try
        {
            return ProtoMapper.ToDocument(await CallAsync(RetryPolicy.Get, (client, options) => client.GetDocumentAsync(request, options).ResponseAsync, ct));
        }
        catch (FirestoreNotFoundException)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<FirestoreDocument>> ListAsync(string collection, CancellationToken ct = default)
    {
        ResourceNames.ValidateSegment(collection, nameof(collection));
        var documents = new List<FirestoreDocument>();
        var request = new V1.ListDocumentsRequest { Parent = _names.Documents, CollectionId = collection, PageSize = _options.PageSize };
        do
        {
            // Each page is its own call with its own retries: a failed page is read again, not the whole list.
            var pageRequest = request;
            var page = await CallAsync(RetryPolicy.List, (client, options) => client.ListDocumentsAsync(pageRequest, options).ResponseAsync, ct);
            documents.AddRange(page.Documents.Select(ProtoMapper.ToDocument));
            request = request.Clone();
            request.PageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(request.PageToken));

        return documents;
    }

    public async Task<FirestoreDocument> CreateAsync(string collection, string id, DocumentFields fields, CancellationToken ct = default)
    {
        ResourceNames.ValidateSegment(collection, nameof(collection));
        ResourceNames.ValidateSegment(id, nameof(id));
        ArgumentNullException.ThrowIfNull(fields);
        WriteData.RefuseSentinels(new MapValue(fields), nameof(fields), "CreateAsync (a commit's Write.Create takes it)");
        var request = new V1.CreateDocumentRequest
        {
            Parent = _names.Documents,
            CollectionId = collection,
            DocumentId = id,
            Document = ProtoMapper.ToProto(name: null, fields),
        };
        var policy = RetryPolicy.ForWrites("CreateDocument", [Write.Create(collection, id, fields)]);
        return await _retrier.RunAsync(
            policy,
            async (attempt, token) =>
            {
                try
                {
                    return ProtoMapper.ToDocument(
                        await _rpc.InvokeAsync(policy.Method, (client, options) => client.CreateDocumentAsync(request, options).ResponseAsync, token));
                }
                catch (FirestoreAlreadyExistsException ex) when (attempt.PreviousFailure is not null)
                {
                    return await OwnCreateAsync(collection, id, fields, attempt, ex, token);
                }
            },
            ct);
    }

    public async Task<FirestoreDocument> PatchAsync(
        string collection,
        string id,
        DocumentFields fields,
        Precondition? precondition = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Count == 0)
        {
            // Without a mask, an update replaces the whole document: an empty patch would wipe it.
            throw new ArgumentException("A patch needs at least one field.", nameof(fields));
        }

        WriteData.RefuseSentinels(new MapValue(fields), nameof(fields), "PatchAsync (a commit's Write.Update takes it)");

        var request = new V1.UpdateDocumentRequest
        {
            Document = ProtoMapper.ToProto(DocumentName(collection, id), fields),
            UpdateMask = ProtoMapper.ToMask(fields.Keys.Select(name => new FieldPath(name))),
            CurrentDocument = ProtoMapper.ToProto(precondition ?? Precondition.None),
        };
        var policy = RetryPolicy.ForWrites("UpdateDocument", [Write.Update(collection, id, fields, precondition ?? Precondition.None)]);
        var patched = await _retrier.RunAsync(
            policy,
            (attempt, token) => WithRepeatRefusalAsUnknown(
                attempt, () => _rpc.InvokeAsync(policy.Method, (client, options) => client.UpdateDocumentAsync(request, options).ResponseAsync, token)),
            ct);
        return ProtoMapper.ToDocument(patched);
    }

    public async Task DeleteAsync(string collection, string id, Precondition? precondition = null, CancellationToken ct = default)
    {
        var request = new V1.DeleteDocumentRequest
        {
            Name = DocumentName(collection, id),
            CurrentDocument = ProtoMapper.ToProto(precondition ?? Precondition.None),
        };
        await _retrier.RunAsync(
            RetryPolicy.Delete,
            (attempt, token) => WithRepeatRefusalAsUnknown(
                attempt, () => _rpc.InvokeAsync(RetryPolicy.Delete.Method, (client, options) => client.DeleteDocumentAsync(request, options).ResponseAsync, token)),
            ct);
    }

    public Task<IReadOnlyList<FirestoreDocument>> RunQueryAsync(FirestoreQuery query, CancellationToken ct = default) =>
        RunQueryAsync(query, transaction: null, ct);

    public Task<IReadOnlyList<FirestoreDocument?>> BatchGetAsync(string collection, IReadOnlyList<string> ids, CancellationToken ct = default) =>
        BatchGetAsync(collection, ids, transaction: null, ct);

    public async Task<bool> IsReachableAsync(CancellationToken ct = default)
    {
        try
        {
            // Listing one collection id needs no collection to exist and reads next to nothing. A failed
            // attempt is retried once within the budget, so one error answer or broken connection does
            // not fail readiness; a slow answer may use the whole budget (halving it failed healthy
            // services on a loaded machine).
            var request = new V1.ListCollectionIdsRequest { Parent = _names.Documents, PageSize = 1 };
            var budget = new RetryBudget(_options.HealthCheckTimeout, MaxAttempts: 2);
            await _retrier.RunAsync(
                RetryPolicy.ListCollectionIds,
                budget,
                (_, token) => _rpc.InvokeAsync(
                    RetryPolicy.ListCollectionIds.Method, (client, options) => client.ListCollectionIdsAsync(request, options).ResponseAsync, token),
                ct);
            return true;
        }
        catch (FirestoreException ex)
        {
            LogUnreachable(ex.Status, ex.Message);
            return false;
        }
    }

    internal Task<IReadOnlyList<FirestoreDocument>> RunQueryAsync(FirestoreQuery query, FirestoreTransaction? transaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var request = new V1.RunQueryRequest { Parent = _names.Documents, StructuredQuery = ProtoMapper.ToProto(query, _names) };

        // An error after some documents ends the stream with that error: the attempt fails, never
        // returning the documents before it as if they were all, and a retry reads the whole answer again.
        return CallAsync<IReadOnlyList<FirestoreDocument>>(RetryPolicy.RunQuery, async (client, options) =>
        {
            transaction?.Choose(id => request.Transaction = id, begin => request.NewTransaction = begin);

            using var call = client.RunQuery(request, options);
            var documents = new List<FirestoreDocument>();
            while (await call.ResponseStream.MoveNext(options.CancellationToken))
            {
                // Answers without a document only report progress, or name the transaction the query began.
                var answer = call.ResponseStream.Current;
                transaction?.Answered(answer.Transaction);
                if (answer.Document is { } document)
                {
                    documents.Add(ProtoMapper.ToDocument(document));
                }
            }

            transaction?.EnsureBegun();
            return documents;
        }, ct);
    }

    internal async Task<IReadOnlyList<FirestoreDocument?>> BatchGetAsync(
        string collection,
        IReadOnlyList<string> ids,
        FirestoreTransaction? transaction,
        CancellationToken ct)
    {
        ResourceNames.ValidateSegment(collection, nameof(collection));
        ArgumentNullException.ThrowIfNull(ids);
        foreach (var id in ids)
        {
            ResourceNames.ValidateSegment(id, nameof(ids));
        }

        if (ids.Count == 0)
        {
            return [];
        }

        var request = new V1.BatchGetDocumentsRequest
        {
            Database = _names.Database,
            Documents = { ids.Distinct(StringComparer.Ordinal).Select(id => _names.Document(collection, id)) },
        };

        var found = await CallAsync(RetryPolicy.BatchGet, async (client, options) =>
        {
            transaction?.Choose(id => request.Transaction = id, begin => request.NewTransaction = begin);

            using var call = client.BatchGetDocuments(request, options);
            var answered = new Dictionary<string, FirestoreDocument?>(StringComparer.Ordinal);
            while (await call.ResponseStream.MoveNext(options.CancellationToken))
            {
                // The first answer of a read that began the transaction names it, with or without a result.
                var result = call.ResponseStream.Current;
                transaction?.Answered(result.Transaction);
                switch (result.ResultCase)
                {
                    case V1.BatchGetDocumentsResponse.ResultOneofCase.Found:
                        var document = ProtoMapper.ToDocument(result.Found);
                        answered[result.Found.Name] = document;
                        break;
                    case V1.BatchGetDocumentsResponse.ResultOneofCase.Missing:
                        answered[result.Missing] = null;
                        break;
                }
            }

            transaction?.EnsureBegun();
            return answered;
        }, ct);

        // The answer streams in any order; the caller gets the order it asked for. A document the
        // answer does not account for is an incomplete answer, not a missing document.
        return [.. ids.Select(id => found.TryGetValue(_names.Document(collection, id), out var document)
            ? document
            : throw new FirestoreException($"Firestore's batchGet answer ended without document '{id}'.", statusCode: null, FirestoreStatus.Unknown))];
    }

    // One call whose every attempt goes out the same way, retried as its policy says.
    private Task<T> CallAsync<T>(RetryPolicy policy, Func<V1.Firestore.FirestoreClient, CallOptions, Task<T>> call, CancellationToken ct) =>
        _retrier.RunAsync(policy, token => _rpc.InvokeAsync(policy.Method, call, token), ct);

    private string DocumentName(string collection, string id)
    {
        ResourceNames.ValidateSegment(collection, nameof(collection));
        ResourceNames.ValidateSegment(id, nameof(id));
        return _names.Document(collection, id);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Firestore is not reachable ({Status}): {Detail}")]
    private partial void LogUnreachable(string status, string detail);
}
