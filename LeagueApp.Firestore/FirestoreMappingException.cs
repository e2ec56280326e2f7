namespace LeagueApp.Firestore;

/// <summary>
/// Data did not have the expected shape: a field is missing or of another type, or the wire carried
/// something this client does not map. Not a <see cref="FirestoreException"/>: the call itself succeeded.
/// </summary>
public sealed class FirestoreMappingException(string message, string? fieldName = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string? FieldName { get; } = fieldName;

    internal static FirestoreMappingException Missing(string fieldName) =>
        new($"Field '{fieldName}' is missing or null.", fieldName);

    internal static FirestoreMappingException WrongType(string fieldName, string expected, FirestoreValue actual) =>
        new($"Field '{fieldName}' is a {actual.GetType().Name}, expected a {expected}.", fieldName);
}
