using LeagueApp.Firestore;

namespace LeagueApp.Data.Import;

/// <summary>
/// Another writer created or changed a document between the import's read and its write, so that
/// batch was refused. Batches committed before it stay; sending the import again is safe: what is
/// already as the file says is skipped.
/// </summary>
public sealed class ConcurrentImportException(int committedBatches, FirestoreException conflict)
    : Exception($"Other changes to the same documents landed while the import was writing; {committedBatches} batch(es) of it were written before that. Send the file again: what is already as it says is skipped.", conflict)
{
    public int CommittedBatches { get; } = committedBatches;
}
