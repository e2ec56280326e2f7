using LeagueApp.Firestore;

namespace LeagueApp.Data;

/// <summary>
/// A league document the app cannot map (edited by hand, written by another tool): names the document
/// and what is wrong with it, so that it can be found and mended.
/// </summary>
public sealed class UnreadableDocumentException(string collection, string id, FirestoreMappingException problem)
    : Exception($"The document {collection}/{id} cannot be read as league data: {problem.Message}", problem)
{
    public string Collection { get; } = collection;

    public string Id { get; } = id;

    /// <summary>Maps <paramref name="document"/> with <paramref name="map"/>, naming the document if it cannot be mapped.</summary>
    internal static T Map<T>(string collection, FirestoreDocument document, Func<DocumentFields, T> map)
    {
        try
        {
            return map(document.Fields);
        }
        catch (FirestoreMappingException problem)
        {
            throw new UnreadableDocumentException(collection, document.Id, problem);
        }
    }
}
