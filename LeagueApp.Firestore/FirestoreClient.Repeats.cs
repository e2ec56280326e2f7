using V1 = Google.Cloud.Firestore.V1;

namespace LeagueApp.Firestore;

// After an attempt whose outcome is unknown (a timeout, a lost connection, INTERNAL), a write sent
// again may be refused because of that very attempt. These tell that apart from a real conflict.
public sealed partial class FirestoreClient
{
    // How far Firestore's clock may run behind this machine's when judging whether a document was
    // created after a create's first attempt started (NTP keeps both within milliseconds).
    private static readonly TimeSpan ClockSkewAllowance = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A retried create met ALREADY_EXISTS. The stored document is this create's own when it was created
    /// after the first attempt started, never changed since (update time = create time), and holds
    /// exactly the fields sent: then the create succeeded. Created before the first attempt, it is
    /// someone else's and the conflict stands. Anything else cannot be proven either way.
    /// </summary>
    private async Task<FirestoreDocument> OwnCreateAsync(
        string collection,
        string id,
        DocumentFields fields,
        RetryAttempt attempt,
        FirestoreAlreadyExistsException conflict,
        CancellationToken ct)
    {
        FirestoreDocument stored;
        try
        {
            // One attempt within the create's attempt: its retries and deadline already bound this read.
            var request = new V1.GetDocumentRequest { Name = DocumentName(collection, id) };
            stored = ProtoMapper.ToDocument(await _rpc.InvokeAsync(RetryPolicy.Get.Method, (client, options) => client.GetDocumentAsync(request, options).ResponseAsync, ct));
        }
        catch (FirestoreNotFoundException)
        {
            // Deleted since: whose it was cannot be told any more.
            throw OutcomeUnknown(attempt.PreviousFailure!, conflict);
        }

        if (stored.CreateTime is not { } created || created < attempt.FirstStarted - ClockSkewAllowance)
        {
            throw conflict;
        }

        return created == stored.UpdateTime && stored.Fields.Equals(fields)
            ? stored
            : throw OutcomeUnknown(attempt.PreviousFailure!, conflict);
    }

    /// <summary>Runs a repeat-safe write; its precondition failing on a repeat is no proof of a conflict.</summary>
    private static async Task<T> WithRepeatRefusalAsUnknown<T>(RetryAttempt attempt, Func<Task<T>> send)
    {
        try
        {
            return await send();
        }
        catch (FirestoreException ex) when (attempt.PreviousFailure is { } previous && RepeatSafety.IsPreconditionRefusal(ex))
        {
            throw OutcomeUnknown(previous, ex);
        }
    }

    // UNKNOWN is gRPC's status for exactly this; it is retried nowhere, and callers answer it as
    // unavailable: the client cannot say whether the write applied.
    private static FirestoreUnavailableException OutcomeUnknown(FirestoreException previous, FirestoreException repeat) =>
        new(
            $"The write's outcome is unknown: an attempt failed with {previous.Status} and may have been applied, and its repeat was refused with {repeat.Status}. Read the data before writing again.",
            repeat.StatusCode,
            FirestoreStatus.Unknown,
            repeat);
}
