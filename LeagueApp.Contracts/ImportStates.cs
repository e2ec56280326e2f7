namespace LeagueApp.Contracts;

// The states of an import (ImportStatus.State). Every state but Running is final; an import that did
// not complete can be sent again, since rows already as the file says are not written twice.
public static class ImportStates
{
    public const string Running = "running";

    public const string Completed = "completed";

    /// <summary>The database failed it, or another writer changed the same documents meanwhile.</summary>
    public const string Failed = "failed";

    /// <summary>The instance running it stopped (a rollout, a crash) before it completed.</summary>
    public const string Interrupted = "interrupted";
}
