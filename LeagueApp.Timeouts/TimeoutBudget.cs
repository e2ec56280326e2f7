namespace LeagueApp.Timeouts;

/// <summary>
/// Every time limit of a request's path in one place, bound from the section "Timeouts" in every
/// service and in the AppHost (which also writes the mesh's route timeout from it). The limits nest:
/// each one outlasts the ones inside it by <see cref="Margin"/>, so the innermost part that gives up
/// answers with its own clear error instead of being cut off by its caller.
/// </summary>
public sealed class TimeoutBudget
{
    public const string SectionName = "Timeouts";

    /// <summary>What an outer limit keeps over the inner ones: time to send the inner part's answer back.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);

    /// <summary>One Firestore call (one attempt of an RPC), in every service (Firestore:RequestTimeout).</summary>
    public TimeSpan FirestoreCall { get; set; } = TimeSpan.FromSeconds(5);

    public BackendTimeouts Stats { get; set; } = new()
    {
        Operation = TimeSpan.FromSeconds(5),
        Transaction = TimeSpan.FromSeconds(5),
        HopAttempt = TimeSpan.FromSeconds(6),
        Hop = TimeSpan.FromSeconds(13),
    };

    public BackendTimeouts PlayerOps { get; set; } = new()
    {
        Operation = TimeSpan.FromSeconds(15),
        Transaction = TimeSpan.FromSeconds(15),
        HopAttempt = TimeSpan.FromSeconds(20),
        Hop = TimeSpan.FromSeconds(25),
    };

    public BackendTimeouts Transfer { get; set; } = new()
    {
        Operation = TimeSpan.FromSeconds(10),
        Transaction = TimeSpan.FromSeconds(10),
        Queue = TimeSpan.FromSeconds(8),
        HopAttempt = TimeSpan.FromSeconds(20),
        Hop = TimeSpan.FromSeconds(25),
    };

    /// <summary>
    /// The longest a write's answer may wait, after the backend answered, until every frontend's cache
    /// has seen the commit; the cache leases' own wait (section "CacheLeases") must fit inside it.
    /// </summary>
    public TimeSpan WriteVisibility { get; set; } = TimeSpan.FromSeconds(7);

    /// <summary>A request at the public edge (the frontend answers 504 after it).</summary>
    public TimeSpan Edge { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the page's live event stream (GET /api/events) stays open before the frontend ends it
    /// and the browser reconnects: inside the mesh's attempt, so that the server ends it, not a proxy.
    /// </summary>
    public TimeSpan EventStream { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>
    /// One attempt of a read the mesh retries (its per-try timeout in the generated manifests): outlasts
    /// the frontend's longest read (its calls to stats) and the event stream, so that the mesh never
    /// cuts a read the frontend is still answering and sends it again.
    /// </summary>
    public TimeSpan MeshRetryAttempt { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The service mesh's route timeout in the generated manifests: outlasts the edge.</summary>
    public TimeSpan MeshRoute { get; set; } = TimeSpan.FromSeconds(35);

    /// <summary>Each limit that does not outlast the ones inside it, naming both settings; empty when the budget holds.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        RequirePositive(problems, nameof(FirestoreCall), FirestoreCall);
        foreach (var (name, backend) in Backends())
        {
            CheckBackend(problems, name, backend);
        }

        foreach (var (name, backend) in Backends())
        {
            // Reads are retried within Hop; a write is tried once, then waits for the caches.
            RequireInside(problems, $"{name}:{nameof(BackendTimeouts.Hop)}", backend.Hop, nameof(Edge), Edge);
            if (name != nameof(Stats))
            {
                RequireInside(problems, $"{name}:{nameof(BackendTimeouts.HopAttempt)} + {nameof(WriteVisibility)}", backend.HopAttempt + WriteVisibility, nameof(Edge), Edge);
            }
        }

        RequirePositive(problems, nameof(WriteVisibility), WriteVisibility);
        RequirePositive(problems, nameof(EventStream), EventStream);
        RequireInside(problems, $"{nameof(Stats)}:{nameof(BackendTimeouts.Hop)}", Stats.Hop, nameof(MeshRetryAttempt), MeshRetryAttempt);
        RequireInside(problems, nameof(EventStream), EventStream, nameof(MeshRetryAttempt), MeshRetryAttempt);
        RequireInside(problems, nameof(MeshRetryAttempt), MeshRetryAttempt, nameof(MeshRoute), MeshRoute);
        RequireInside(problems, nameof(Edge), Edge, nameof(MeshRoute), MeshRoute);
        return problems;
    }

    private IEnumerable<(string Name, BackendTimeouts Backend)> Backends() =>
        [(nameof(Stats), Stats), (nameof(PlayerOps), PlayerOps), (nameof(Transfer), Transfer)];

    private void CheckBackend(List<string> problems, string name, BackendTimeouts backend)
    {
        RequirePositive(problems, $"{name}:{nameof(BackendTimeouts.Operation)}", backend.Operation);
        RequirePositive(problems, $"{name}:{nameof(BackendTimeouts.Transaction)}", backend.Transaction);
        if (backend.Queue < TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:{name}:{nameof(BackendTimeouts.Queue)} must not be negative.");
        }

        // A Firestore call that outlives the operation it belongs to would never be retried.
        if (FirestoreCall > backend.Operation)
        {
            problems.Add($"{SectionName}:{nameof(FirestoreCall)} ({FirestoreCall}) must be at most {SectionName}:{name}:{nameof(BackendTimeouts.Operation)} ({backend.Operation}).");
        }

        RequireInside(problems, $"{name}:{nameof(BackendTimeouts.Queue)} + the longer of Operation and Transaction", backend.Work, $"{name}:{nameof(BackendTimeouts.HopAttempt)}", backend.HopAttempt);
        if (backend.Hop < backend.HopAttempt)
        {
            problems.Add($"{SectionName}:{name}:{nameof(BackendTimeouts.Hop)} ({backend.Hop}) must be at least {SectionName}:{name}:{nameof(BackendTimeouts.HopAttempt)} ({backend.HopAttempt}).");
        }
    }

    private static void RequirePositive(List<string> problems, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:{name} must be positive.");
        }
    }

    private static void RequireInside(List<string> problems, string inner, TimeSpan innerValue, string outer, TimeSpan outerValue)
    {
        if (innerValue + Margin > outerValue)
        {
            problems.Add($"{SectionName}:{outer} ({outerValue}) must outlast {SectionName}:{inner} ({innerValue}) by at least {Margin.TotalSeconds:0.###} s.");
        }
    }
}
