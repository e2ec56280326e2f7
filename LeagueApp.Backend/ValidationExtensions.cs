using LeagueApp.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LeagueApp.Backend;

public static class ValidationExtensions
{
    /// <summary>
    /// Answers a request that <paramref name="validate"/> finds errors in with a validation problem,
    /// before any later filter (such as <c>WithIdempotency</c>) or the endpoint sees it.
    /// </summary>
    public static RouteHandlerBuilder WithValidation(
        this RouteHandlerBuilder builder, Func<EndpointFilterInvocationContext, IEnumerable<ValidationError>> validate) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var errors = validate(context).ToList();
            return errors.Count > 0 ? ValidationProblems.From(errors) : await next(context);
        });
}
