using LeagueApp.Firestore;

namespace LeagueApp.Data.Changes;

/// <summary>
/// An instance's word, kept in Firestore, on the league answers it keeps: they reflect every commit
/// up to <see cref="Seen"/>, and after <see cref="Until"/> (its own clock) it keeps none unless it
/// has renewed its word. A writer reads the leases to know whom to tell of its commit
/// (<see cref="Address"/>), or else whom to wait for.
/// </summary>
/// <param name="Address">Where the instance takes word of a commit directly (its peers' endpoint); null when it cannot be reached so.</param>
public sealed record CacheLease(string Instance, DateTimeOffset Seen, DateTimeOffset Until, string? Address = null)
{
    private const string SeenField = "seen";
    private const string UntilField = "until";
    private const string AddressField = "address";

    /// <summary>Null for a document that is not a lease (written by hand, or by another version).</summary>
    public static CacheLease? From(FirestoreDocument document) =>
        document.Fields.GetTimestampOrNull(SeenField) is { } seen && document.Fields.GetTimestampOrNull(UntilField) is { } until
            ? new CacheLease(document.Id, seen, until, document.Fields.GetStringOrNull(AddressField))
            : null;

    public DocumentFields ToFields() => new() { [SeenField] = Seen, [UntilField] = Until, [AddressField] = Address };
}
