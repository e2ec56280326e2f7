namespace LeagueApp.Firestore;

/// <summary>Where a listen stands, reported to the listener beside its snapshots.</summary>
public enum ListenStatus
{
    /// <summary>
    /// A stream reached a consistent point: every change committed up to its read time has been
    /// delivered. Reported once per stream, after the first snapshot it yields (or after it finds
    /// nothing new on resuming).
    /// </summary>
    Current,

    /// <summary>The stream broke: changes may be committed that the listener has not seen until it is current again.</summary>
    Interrupted,
}
