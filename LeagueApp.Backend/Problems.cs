using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeagueApp.Backend;

// The problem details that the league's services answer with, worded once.
public static class Problems
{
    public static ProblemHttpResult TeamNotFound(string team) =>
        TypedResults.Problem($"There is no team '{team}' in the league.", statusCode: StatusCodes.Status404NotFound, title: "Team not found");

    public static ProblemHttpResult PlayerNotFound(string team, string name) =>
        TypedResults.Problem($"{team} has no player '{name}'.", statusCode: StatusCodes.Status404NotFound, title: "Player not found");

    public static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: title);

    /// <summary>A well-formed request that a business rule refuses.</summary>
    public static ProblemHttpResult Refused(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: title);
}
