using LeagueApp.Contracts;
using Microsoft.AspNetCore.Http;

namespace LeagueApp.Backend;

public static class CommitTimeExtensions
{
    /// <summary>Tells the caller when this request's write was committed (<see cref="CommitTimes"/>).</summary>
    public static void MarkCommitted(this HttpContext context, DateTimeOffset commitTime) =>
        context.Response.Headers[CommitTimes.Header] = CommitTimes.Format(commitTime);
}
