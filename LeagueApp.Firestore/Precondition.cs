namespace LeagueApp.Firestore;

/// <summary>
/// A condition on the stored document that a write needs; a write whose condition fails changes
/// nothing. Firestore takes at most one of <see cref="Exists"/> and <see cref="UpdateTime"/>.
/// </summary>
public sealed record Precondition
{
    private Precondition(bool? exists, DateTimeOffset? updateTime)
    {
        Exists = exists;
        UpdateTime = updateTime;
    }

    public bool? Exists { get; }

    public DateTimeOffset? UpdateTime { get; }

    /// <summary>No condition: the write applies whatever is stored.</summary>
    public static Precondition None { get; } = new(null, null);

    public static Precondition MustExist { get; } = new(true, null);

    public static Precondition MustNotExist { get; } = new(false, null);

    /// <summary>Optimistic concurrency: the document is still the version read at <paramref name="updateTime"/>.</summary>
    public static Precondition UpdatedAt(DateTimeOffset updateTime) => new(null, updateTime);

    internal bool IsNone => Exists is null && UpdateTime is null;
}
