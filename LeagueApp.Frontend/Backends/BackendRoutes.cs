namespace LeagueApp.Frontend.Backends;

// The backends' routes, built in one place: stats reads (typed or relayed) and playerops writes share their shape.
public static class BackendRoutes
{
    public const string Table = "/teams";

    public static string Squad(string team) => $"/teams/{Segment(team)}/players";

    public static string Player(string team, string name) => $"/teams/{Segment(team)}/players/{Segment(name)}";

    public static string BestOfTeam(string team) => $"/teams/{Segment(team)}/best";

    public static string TopOfPosition(string position, int count) => $"/positions/{Segment(position)}/top?count={count}";

    public static string Import(string file) => $"/import/{Segment(file)}";

    public static string ImportStatus(string id) => $"/imports/{Segment(id)}";

    // Names travel as single path segments: '/' or '..' in a name must not change the backend route.
    public static string Segment(string value) => Uri.EscapeDataString(value);
}
