using LeagueApp.Frontend.Backends;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeagueApp.Frontend.Api;

// A backend's answer as an /api result: its value, or its problem details unchanged.
public static class BackendResults
{
    public static Results<Ok<T>, ProblemHttpResult> OkOrProblem<T>(this BackendResult<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value!) : result.AsProblem();

    public static ProblemHttpResult AsProblem<T>(this BackendResult<T> result) =>
        TypedResults.Problem(result.Problem ?? throw new InvalidOperationException("A successful result has no problem."));
}
