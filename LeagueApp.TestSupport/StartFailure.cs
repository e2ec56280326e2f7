namespace LeagueApp.TestSupport;

/// <summary>
/// A fixture's failed start, told once: the first test that needs the app gets the whole story, every
/// later one a line that points to it, so that a broken start reads as one failure, not hundreds.
/// </summary>
public sealed class StartFailure(Exception failure)
{
    private int _told;

    public Exception Failure { get; } = failure;

    /// <summary><paramref name="value"/> of a started fixture, or the failure's story when it did not start.</summary>
    public static T Guard<T>(StartFailure? failure, T? value) where T : class =>
        failure is not null ? throw failure.Tell() : value ?? throw new InvalidOperationException("The app has not started.");

    public Exception Tell() => Interlocked.Exchange(ref _told, 1) == 0
        ? new AppHostStartException(Failure.Message, Failure)
        : new AppHostStartException("The AppHost of this collection did not start; the first failing test of the collection says why.");
}
