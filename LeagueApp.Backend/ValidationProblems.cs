using LeagueApp.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeagueApp.Backend;

// Turns the domain's validation errors into RFC 7807 validation problems.
public static class ValidationProblems
{
    public static ValidationProblem From(IEnumerable<ValidationError> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "The request is not valid");

    /// <summary>Checks names that arrive in the path; null when all are valid.</summary>
    public static ValidationProblem? ForPath(string team, string? playerName = null)
    {
        var errors = PathErrors(team, playerName).ToList();
        return errors.Count == 0 ? null : From(errors);
    }

    /// <summary>What is wrong with names that arrive in the path.</summary>
    public static IEnumerable<ValidationError> PathErrors(string team, string? playerName = null)
    {
        IEnumerable<ValidationError> errors = Names.ValidateTeamName(team, "team");
        return playerName is null ? errors : errors.Concat(Names.ValidatePlayerName(playerName, "player"));
    }
}
