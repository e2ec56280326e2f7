using Microsoft.AspNetCore.Mvc;

namespace LeagueApp.Frontend.Backends;

// A backend's answer: the value on success, otherwise its problem details with the status code.
public sealed record BackendResult<T>(T? Value, int StatusCode, ProblemDetails? Problem)
{
    public bool IsSuccess => Problem is null;

    public static BackendResult<T> Success(T value, int statusCode) => new(value, statusCode, null);

    public static BackendResult<T> Failure(ProblemDetails problem) => new(default, problem.Status ?? StatusCodes.Status502BadGateway, problem);

    /// <summary>One readable sentence for clients that only have room for a message.</summary>
    public string ErrorMessage => Problem switch
    {
        null => string.Empty,
        HttpValidationProblemDetails { Errors.Count: > 0 } validation =>
            string.Join(" ", validation.Errors.SelectMany(e => e.Value)),
        _ => Problem.Detail ?? Problem.Title ?? "The request failed.",
    };
}
