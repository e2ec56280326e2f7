namespace LeagueApp.Frontend.Backends;

// A backend's answer passed on as it is - status, content type, body bytes - without reading it
// into objects and writing it out again.
internal sealed class RelayedResponse(BackendAnswer answer) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = answer.StatusCode;
        response.ContentType = answer.ContentType;
        response.ContentLength = answer.Body.Length;
        return response.Body.WriteAsync(answer.Body, httpContext.RequestAborted).AsTask();
    }
}
