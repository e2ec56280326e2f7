using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using LeagueApp.Firestore;

namespace LeagueApp.Data.Idempotency;

// Idempotency keys (sent by clients with a write) and their documents in the "Idempotency" collection.
public static partial class IdempotencyKeys
{
    public const string Collection = "Idempotency";

    /// <summary>How long a key is remembered: far longer than any client retries a timed-out write.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public static bool IsValid(string key) => KeyPattern().IsMatch(key);

    // The prefix keeps every key clear of Firestore's reserved ids ("." , "..", "__x__").
    public static string DocumentId(string key) => $"k:{key}";

    /// <summary>The operation and its request, so the same key with another request is recognised.</summary>
    public static string Hash(string operation, string canonicalRequest) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{operation}\n{canonicalRequest}")));

    public static DocumentFields ToFields(IdempotencyRecord record) => new()
    {
        ["requestHash"] = record.RequestHash,
        ["statusCode"] = record.StatusCode,
        ["body"] = record.Body,
        ["expiresAt"] = record.ExpiresAt,
    };

    /// <summary>The remembered answer, or null when there is none or it has expired.</summary>
    public static IdempotencyRecord? FromDocument(FirestoreDocument? document, DateTimeOffset now)
    {
        if (document is null)
        {
            return null;
        }

        var record = new IdempotencyRecord(
            document.Fields.GetString("requestHash"),
            document.Fields.GetInt32("statusCode"),
            document.Fields.GetString("body"),
            document.Fields.GetTimestamp("expiresAt"));
        return record.ExpiresAt > now ? record : null;
    }

    [GeneratedRegex("^[A-Za-z0-9_.:-]{1,128}$")]
    private static partial Regex KeyPattern();
}
