using System.Globalization;
using LeagueApp.Firestore.Wire;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeagueApp.Firestore;

/// <summary>
/// A client for the Firestore REST API v1 (the emulator serves the same API). Calls are retried as
/// <see cref="RetryPolicy"/> and <see cref="FirestoreOptions"/> say.
/// </summary>
public sealed partial class FirestoreClient : IFirestoreClient
{
    /// <summary>Firestore's limit of writes in one commit.</summary>
    public const int MaxWritesPerCommit = 500;

    private static readonly FirestoreJsonContext Json = FirestoreJsonContext.Default;

    private readonly FirestoreHttp _http;
    private readonly FirestoreRetrier _retrier;
    private readonly TransactionRetryGate _retryGate;
    private readonly ResourceNames _names;
    private readonly FirestoreOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<FirestoreClient> _logger;

    public FirestoreClient(HttpClient httpClient, IOptions<FirestoreOptions> options, TimeProvider timeProvider, ILogger<FirestoreClient> logger)
        : this(httpClient, options, timeProvider, logger, beforeAttempt: _ => Task.CompletedTask, retryGate: null)
    {
    }

    /// <param name="beforeAttempt">Runs before each attempt of a call, outside its RequestTimeout: gets the access token.</param>
    /// <param name="retryGate">Shared by the process's clients (they are transient); null gives this client its own.</param>
    internal FirestoreClient(
        HttpClient httpClient,
        IOptions<FirestoreOptions> options,
        TimeProvider timeProvider,
        ILogger<FirestoreClient> logger,
        Func<CancellationToken, Task> beforeAttempt,
        TransactionRetryGate? retryGate)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _retryGate = retryGate ?? new TransactionRetryGate(_options);
        _http = new FirestoreHttp(httpClient, _options, timeProvider);
        _retrier = new FirestoreRetrier(_options, timeProvider, beforeAttempt, logger);
        _names = new ResourceNames(_options.ProjectId, _options.DatabaseId);
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async Task<FirestoreDocument?> GetAsync(string collection, string id, CancellationToken ct = default)
    {
        var path = DocumentPath(collection, id);
        try
        {
            return WireMapper.ToDocument(await _retrier.RunAsync(
                RetryPolicy.Get,
                token => _http.SendAsync(HttpMethod.Get, path, content: null, Json.WireDocument, token),
                ct));
        }
        catch (FirestoreNotFoundException)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<FirestoreDocument>> ListAsync(string collection, CancellationToken ct = default)
    {
        var path = CollectionPath(collection);
        var documents = new List<FirestoreDocument>();
        string? pageToken = null;
        do
        {
            // Each page is its own call with its own retries: a failed page is read again, not the whole list.
            var pagePath = QueryHelpers.AddQueryString(path, new Dictionary<string, string?>
            {
                ["pageSize"] = _options.PageSize.ToString(CultureInfo.InvariantCulture),
                ["pageToken"] = pageToken,
            });
            var page = await _retrier.RunAsync(
                RetryPolicy.List,
                token => _http.SendAsync(HttpMethod.Get, pagePath, content: null, Json.WireListDocumentsResponse, token),
                ct);
            documents.AddRange(page.Documents?.Select(WireMapper.ToDocument) ?? []);
            pageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(pageToken));

        return documents;
    }

    public async Task<FirestoreDocument> CreateAsync(string collection, string id, DocumentFields fields, CancellationToken ct = default)
    {
        ResourceNames.ValidateSegment(id, nameof(id));
        ArgumentNullException.ThrowIfNull(fields);
        var path = QueryHelpers.AddQueryString(CollectionPath(collection), "documentId", id);
        return await _retrier.RunAsync(
            RetryPolicy.ForWrites("CreateDocument", [Write.Create(collection, id, fields)]),
            async (attempt, token) =>
            {
                try
                {
                    return WireMapper.ToDocument(
                        await _http.SendAsync(HttpMethod.Post, path, new WireDocument(Name: null, fields), Json.WireDocument, Json.WireDocument, token));
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
            // Without a mask, PATCH replaces the whole document: an empty patch would wipe it.
            throw new ArgumentException("A patch needs at least one field.", nameof(fields));
        }

        var mask = WireMapper.ToMask(fields.Keys).FieldPaths.Select(fieldPath => Parameter("updateMask.fieldPaths", fieldPath));
        var path = QueryHelpers.AddQueryString(DocumentPath(collection, id), mask.Concat(PreconditionParameters(precondition)));
        var patched = await _retrier.RunAsync(
            RetryPolicy.ForWrites("UpdateDocument", [Write.Update(collection, id, fields, precondition ?? Precondition.None)]),
            (attempt, token) => WithRepeatRefusalAsUnknown(
                attempt, () => _http.SendAsync(HttpMethod.Patch, path, new WireDocument(Name: null, fields), Json.WireDocument, Json.WireDocument, token)),
            ct);
        return WireMapper.ToDocument(patched);
    }

    public async Task DeleteAsync(string collection, string id, Precondition? precondition = null, CancellationToken ct = default)
    {
        var path = QueryHelpers.AddQueryString(DocumentPath(collection, id), PreconditionParameters(precondition));
        await _retrier.RunAsync(
            RetryPolicy.Delete,
            (attempt, token) => WithRepeatRefusalAsUnknown(attempt, () => _http.SendAsync(HttpMethod.Delete, path, content: null, Json.WireEmpty, token)),
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
            var budget = new RetryBudget(_options.HealthCheckTimeout, MaxAttempts: 2);
            await _retrier.RunAsync(
                RetryPolicy.ListCollectionIds,
                budget,
                (_, token) => _http.SendAsync(
                    HttpMethod.Post,
                    $"{_names.Documents}:listCollectionIds",
                    new WireListCollectionIdsRequest(PageSize: 1),
                    Json.WireListCollectionIdsRequest,
                    Json.WireEmpty,
                    token),
                ct);
            return true;
        }
        catch (FirestoreException ex)
        {
            LogUnreachable(ex.Status, ex.Message);
            return false;
        }
    }

    internal async Task<IReadOnlyList<FirestoreDocument>> RunQueryAsync(FirestoreQuery query, string? transaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var request = new WireRunQueryRequest(WireMapper.ToWire(query), transaction);
        var results = await _retrier.RunAsync(
            RetryPolicy.RunQuery,
            token => _http.SendAsync(
                HttpMethod.Post, $"{_names.Documents}:runQuery", request, Json.WireRunQueryRequest, Json.IReadOnlyListWireRunQueryResponseItem, token),
            ct);
        return [.. results.Select(result => result.Document).OfType<WireDocument>().Select(WireMapper.ToDocument)];
    }

    internal async Task<IReadOnlyList<FirestoreDocument?>> BatchGetAsync(
        string collection,
        IReadOnlyList<string> ids,
        string? transaction,
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

        var names = ids.Distinct(StringComparer.Ordinal).Select(id => _names.Document(collection, id)).ToList();
        var request = new WireBatchGetRequest(names, transaction);
        var results = await _retrier.RunAsync(
            RetryPolicy.BatchGet,
            token => _http.SendAsync(
                HttpMethod.Post, $"{_names.Documents}:batchGet", request, Json.WireBatchGetRequest, Json.IReadOnlyListWireBatchGetResponseItem, token),
            ct);

        // The answer streams in any order; the caller gets the order it asked for.
        var found = results
            .Select(result => result.Found)
            .OfType<WireDocument>()
            .Select(WireMapper.ToDocument)
            .ToDictionary(document => document.Id, StringComparer.Ordinal);
        return [.. ids.Select(id => found.GetValueOrDefault(id))];
    }

    private string CollectionPath(string collection)
    {
        ResourceNames.ValidateSegment(collection, nameof(collection));
        return $"{_names.Documents}/{Uri.EscapeDataString(collection)}";
    }

    private string DocumentPath(string collection, string id)
    {
        ResourceNames.ValidateSegment(id, nameof(id));
        return $"{CollectionPath(collection)}/{Uri.EscapeDataString(id)}";
    }

    private static IEnumerable<KeyValuePair<string, string?>> PreconditionParameters(Precondition? precondition)
    {
        if (precondition?.Exists is { } exists)
        {
            yield return Parameter("currentDocument.exists", exists ? "true" : "false");
        }

        if (precondition?.UpdateTime is { } updateTime)
        {
            var (seconds, nanos) = WireTimestamp.ToSecondsAndNanos(updateTime);
            yield return Parameter("currentDocument.updateTime.seconds", seconds.ToString(CultureInfo.InvariantCulture));
            yield return Parameter("currentDocument.updateTime.nanos", nanos.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static KeyValuePair<string, string?> Parameter(string name, string value) => KeyValuePair.Create(name, (string?)value);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Firestore is not reachable ({Status}): {Detail}")]
    private partial void LogUnreachable(string status, string detail);
}
