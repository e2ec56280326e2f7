using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LeagueApp.Backend;

// A handler's arguments as its endpoint filters read them: by type or by route name, not by their
// place in the signature, so that reordering a handler's parameters cannot make a filter read the
// wrong one.
public static class FilterArguments
{
    /// <summary>The handler's one argument of type <typeparamref name="T"/> (its body).</summary>
    public static T Body<T>(this EndpointFilterInvocationContext context) =>
        context.Arguments.OfType<T>().SingleOrDefault()
            ?? throw new InvalidOperationException($"The endpoint's handler takes no single {typeof(T).Name}.");

    /// <summary>The route value <paramref name="name"/>, as the handler's parameter of that name is bound.</summary>
    public static string Route(this EndpointFilterInvocationContext context, string name) =>
        context.HttpContext.GetRouteValue(name) as string
            ?? throw new InvalidOperationException($"The endpoint's route has no value '{name}'.");
}
