namespace LeagueApp.Firestore;

/// <summary>
/// Whether a non-transactional commit may be sent again after an attempt whose outcome is unknown
/// (a timeout, a lost connection, INTERNAL): only when a repeat of an applied commit cannot change
/// anything a second time.
/// </summary>
internal static class RepeatSafety
{
    /// <summary>
    /// The statuses with which a repeat is refused because its precondition no longer holds. After an
    /// attempt that may have applied, they do not prove a conflict: the conflict may be with that attempt.
    /// </summary>
    public static bool IsPreconditionRefusal(FirestoreException error) =>
        error.Status is FirestoreStatus.AlreadyExists or FirestoreStatus.FailedPrecondition or FirestoreStatus.NotFound;

    // A commit is atomic: one write that is refused once the commit has applied makes the whole repeat
    // refused, so the others (an idempotency record's set, say) cannot apply twice either. A commit of
    // deletes without conditions leaves the same state however often it runs. Anything else (a set, an
    // update, an increment without such a write beside it) would overwrite a change made between the
    // attempts, or count twice.
    public static bool IsSafe(IReadOnlyCollection<Write> writes) =>
        writes.Any(RefusesRepeat) || writes.All(write => write.Kind == WriteKind.Delete);

    // A create (must not exist), a write pinned to an update time, or a delete of a document that
    // must exist: once applied, the precondition no longer holds.
    private static bool RefusesRepeat(Write write) =>
        write.Precondition.Exists == false
        || write.Precondition.UpdateTime is not null
        || (write.Kind == WriteKind.Delete && write.Precondition.Exists == true);
}
