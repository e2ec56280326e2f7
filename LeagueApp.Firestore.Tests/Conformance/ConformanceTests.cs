using System.Text.Json;
using Google.Protobuf;
using V1 = Google.Cloud.Firestore.V1;

namespace LeagueApp.Firestore.Tests.Conformance;

/// <summary>
/// Each of Google's conformance cases, run through the client's public API against a stub server:
/// the request the client sends must be the one the case expects; where the case expects an error,
/// the client must throw an <see cref="ArgumentException"/> and send nothing.
/// </summary>
public sealed class ConformanceTests(ConformanceServer server) : IClassFixture<ConformanceServer>
{
    /// <summary>The operations of the cases this client leaves out, with why.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Unsupported = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["listen"] = "snapshots keep their documents in id order rather than the query's, and their changes carry no indices (QuerySnapshot); ListenTests cover the protocol on the emulator",
    };

    public static TheoryData<string, string> SupportedCases => Cases(supported: true);

    public static TheoryData<string, string> UnsupportedCases => Cases(supported: false);

    [ConformanceTheory]
    [MemberData(nameof(SupportedCases))]
    public async Task Case(string file, string description)
    {
        var test = ConformanceCases.Load(file, description);
        var kind = ConformanceCases.Kind(test);
        var body = test.GetProperty(kind);
        var sentBefore = server.Stub.Requests;

        if (body.TryGetProperty("isError", out var isError) && isError.GetBoolean())
        {
            await Assert.ThrowsAnyAsync<ArgumentException>(() => Call(kind, body));
            Assert.Equal(sentBefore, server.Stub.Requests);
            return;
        }

        // The stub refuses every request: the call fails after sending it.
        await Assert.ThrowsAnyAsync<FirestoreException>(() => Call(kind, body));
        var sent = Assert.Single(server.Stub.Received.Skip(sentBefore));
        switch (kind)
        {
            case "get":
                Assert.Equal(Expected<V1.GetDocumentRequest>(body, "request"), sent.Message(V1.GetDocumentRequest.Parser));
                break;
            case "query":
                var request = sent.Message(V1.RunQueryRequest.Parser);
                Assert.Equal(Parent(body.GetProperty("collPath").GetString()!), request.Parent);
                Assert.Equal(Expected<V1.StructuredQuery>(body, "query"), request.StructuredQuery);
                break;
            default:
                Assert.Equal(Expected<V1.CommitRequest>(body, "request"), sent.Message(V1.CommitRequest.Parser));
                break;
        }
    }

    [ConformanceTheory(ForUnsupported = true)]
    [MemberData(nameof(UnsupportedCases))]
    public void Unsupported_case(string file, string description) =>
        Assert.Fail($"{file} ({description}) is of an operation listed as unsupported: this theory is always skipped.");

    private static TheoryData<string, string> Cases(bool supported)
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, _, description) in ConformanceCases.All().Where(@case => Unsupported.ContainsKey(@case.Kind) != supported))
        {
            data.Add(file, description);
        }

        return data;
    }

    // Everything, from the paths to the values, is built inside the call, so that the client's
    // refusal of any of it counts.
    private Task Call(string kind, JsonElement body) => kind switch
    {
        "get" => server.Client.GetAsync(Collection(body), Id(body)),
        "query" => server.Client.RunQueryAsync(Query(body)),
        _ => Task.Run(() => server.Client.CommitAsync([Write(kind, body)])),
    };

    private static Write Write(string kind, JsonElement body) => kind switch
    {
        "create" => LeagueApp.Firestore.Write.Create(Collection(body), Id(body), ConformanceValues.Fields(Json(body, "jsonData"))),
        "set" => body.TryGetProperty("option", out var option)
            ? LeagueApp.Firestore.Write.Merge(Collection(body), Id(body), ConformanceValues.Fields(Json(body, "jsonData")), Flag(option, "all") ? [] : Paths(option, "fields"))
            : LeagueApp.Firestore.Write.Set(Collection(body), Id(body), ConformanceValues.Fields(Json(body, "jsonData"))),
        "update" => LeagueApp.Firestore.Write.Update(
            Collection(body),
            Id(body),
            [.. ConformanceValues.TopLevel(Json(body, "jsonData")).Select(field => KeyValuePair.Create(FieldPath.Parse(field.Key), field.Value))],
            Precondition(body)),
        "updatePaths" => LeagueApp.Firestore.Write.Update(
            Collection(body),
            Id(body),
            [.. Paths(body, "fieldPaths").Zip(Strings(body, "jsonValues"), (path, json) => KeyValuePair.Create(path, ConformanceValues.Value(json)))],
            Precondition(body)),
        "delete" => LeagueApp.Firestore.Write.Delete(Collection(body), Id(body), Precondition(body)),
        _ => throw new InvalidOperationException($"No harness for '{kind}' cases."),
    };

    private static FirestoreQuery Query(JsonElement body)
    {
        var query = new FirestoreQuery(body.GetProperty("collPath").GetString()!.Split('/')[^1]);
        foreach (var clause in body.GetProperty("clauses").EnumerateArray().Select(clause => clause.EnumerateObject().Single()))
        {
            var value = clause.Value;
            query = clause.Name switch
            {
                "select" => query.Select(Paths(value, "fields")),
                "where" => query.Where(Path(value.GetProperty("path")), Operator(value.GetProperty("op").GetString()!), ConformanceValues.Value(Json(value, "jsonValue"))),
                "orderBy" => query.OrderBy(Path(value.GetProperty("path")), value.GetProperty("direction").GetString() == "desc" ? SortDirection.Descending : SortDirection.Ascending),
                "offset" => query.Offset(value.GetInt32()),
                "limit" => query.Limit(value.GetInt32()),
                "startAt" => Cursor(value, query.StartAt, query.StartAt),
                "startAfter" => Cursor(value, query.StartAfter, query.StartAfter),
                "endAt" => Cursor(value, query.EndAt, query.EndAt),
                "endBefore" => Cursor(value, query.EndBefore, query.EndBefore),
                _ => throw new InvalidOperationException($"No harness for the query clause '{clause.Name}'."),
            };
        }

        return query;
    }

    private static FirestoreQuery Cursor(JsonElement cursor, Func<IReadOnlyList<FirestoreValue>, FirestoreQuery> atValues, Func<FirestoreDocument, FirestoreQuery> atDocument)
    {
        if (!cursor.TryGetProperty("docSnapshot", out var snapshot))
        {
            return atValues([.. Strings(cursor, "jsonValues").Select(ConformanceValues.Value)]);
        }

        var (collection, id) = ResourceNames.ParseDocument(snapshot.GetProperty("path").GetString()!);
        return atDocument(new FirestoreDocument(collection, id, ConformanceValues.Fields(Json(snapshot, "jsonData")), CreateTime: null, UpdateTime: null));
    }

    // The API takes an operator of its enum: an operator it does not know is passed as an undefined value.
    private static FieldOperator Operator(string op) => op switch
    {
        "<" => FieldOperator.LessThan,
        "<=" => FieldOperator.LessThanOrEqual,
        ">" => FieldOperator.GreaterThan,
        ">=" => FieldOperator.GreaterThanOrEqual,
        "==" => FieldOperator.Equal,
        "!=" => FieldOperator.NotEqual,
        "in" => FieldOperator.In,
        "array-contains" => FieldOperator.ArrayContains,
        _ => (FieldOperator)(-1),
    };

    private static Precondition? Precondition(JsonElement body) =>
        !body.TryGetProperty("precondition", out var precondition) ? null
        : precondition.TryGetProperty("updateTime", out var time) ? LeagueApp.Firestore.Precondition.UpdatedAt(time.GetDateTimeOffset())
        : Flag(precondition, "exists") ? LeagueApp.Firestore.Precondition.MustExist
        : LeagueApp.Firestore.Precondition.MustNotExist;

    private static List<FieldPath> Paths(JsonElement owner, string name) => [.. Elements(owner, name).Select(Path)];

    private static FieldPath Path(JsonElement path) => new([.. Strings(path, "field")]);

    private static IEnumerable<string> Strings(JsonElement owner, string name) => Elements(owner, name).Select(element => element.GetString()!);

    // Proto3 JSON leaves out empty lists and false flags.
    private static IEnumerable<JsonElement> Elements(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var list) ? list.EnumerateArray() : [];

    private static bool Flag(JsonElement owner, string name) => owner.TryGetProperty(name, out var flag) && flag.GetBoolean();

    private static string Json(JsonElement owner, string name) => owner.GetProperty(name).GetString()!;

    private static string Collection(JsonElement body) => ResourceNames.ParseDocument(body.GetProperty("docRefPath").GetString()!).Collection;

    private static string Id(JsonElement body) => ResourceNames.ParseDocument(body.GetProperty("docRefPath").GetString()!).Id;

    private static string Parent(string collectionPath) => collectionPath[..collectionPath.LastIndexOf('/')];

    private static T Expected<T>(JsonElement body, string name)
        where T : IMessage<T>, new() => JsonParser.Default.Parse<T>(body.GetProperty(name).GetRawText());
}
