namespace LeagueApp.Timeouts;

/// <summary>The limits of one backend, from its Firestore work out to the frontend's call to it.</summary>
public sealed class BackendTimeouts
{
    /// <summary>One Firestore operation of this backend, its retries included (Firestore:OperationTimeout).</summary>
    public TimeSpan Operation { get; set; }

    /// <summary>One Firestore transaction of this backend, its attempts included (Firestore:TransactionTimeout).</summary>
    public TimeSpan Transaction { get; set; }

    /// <summary>How long a request may wait for its turn inside the backend before it is answered "busy"; zero where nothing queues.</summary>
    public TimeSpan Queue { get; set; }

    /// <summary>One attempt of the frontend's call to this backend.</summary>
    public TimeSpan HopAttempt { get; set; }

    /// <summary>The frontend's call to this backend, its retries of reads included.</summary>
    public TimeSpan Hop { get; set; }

    /// <summary>The longest the backend itself may take on one request: its queue, then its longest Firestore work.</summary>
    public TimeSpan Work => Queue + (Transaction > Operation ? Transaction : Operation);
}
