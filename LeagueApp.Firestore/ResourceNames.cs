namespace LeagueApp.Firestore;

/// <summary>Resource names of the API: <c>projects/{p}/databases/{d}/documents/{collection}/{id}</c>.</summary>
internal sealed class ResourceNames(string projectId, string databaseId)
{
    public string Database { get; } = $"projects/{projectId}/databases/{databaseId}";

    public string Documents { get; } = $"projects/{projectId}/databases/{databaseId}/documents";

    public string Document(string collection, string id) => $"{Documents}/{collection}/{id}";

    /// <summary>The top-level collection and id of a document name; deeper names are not produced by this client.</summary>
    public static (string Collection, string Id) ParseDocument(string name)
    {
        var segments = name.Split('/');
        return segments.Length >= 2
            ? (segments[^2], segments[^1])
            : throw new FirestoreMappingException($"'{name}' is not a document name.");
    }

    /// <summary>Collection ids and document ids are single path segments; these rules come from Firestore's limits.</summary>
    public static void ValidateSegment(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, paramName);
        if (value.Contains('/', StringComparison.Ordinal) || value is "." or ".."
            || (value.Length > 4 && value.StartsWith("__", StringComparison.Ordinal) && value.EndsWith("__", StringComparison.Ordinal)))
        {
            throw new ArgumentException($"'{value}' is not a valid Firestore id: no '/', not '.' or '..', not reserved '__…__'.", paramName);
        }
    }
}
