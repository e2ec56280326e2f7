namespace LeagueApp.Firestore;

/// <summary>
/// Whether a non-transactional write may be sent again after an attempt whose outcome is unknown
/// (a timeout, a lost connection, INTERNAL): only when a repeat of an applied write cannot change
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

    public static bool IsSafe(IEnumerable<Write> writes) => writes.All(IsSafe);

    // A create (must not exist) or a write pinned to an update time is refused once it has applied;
    // a delete either leaves the same state however often it runs or, with a condition, is refused.
    // A set, an update or a transform without such a condition would overwrite a concurrent change
    // made between the attempts, or count twice.
    private static bool IsSafe(Write write) =>
        write.Kind == WriteKind.Delete || write.Precondition.Exists == false || write.Precondition.UpdateTime is not null;
}
