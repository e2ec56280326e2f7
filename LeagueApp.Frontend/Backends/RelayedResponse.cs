namespace LeagueApp.Frontend.Backends;

// A backend's answer passed on as it is - status, content type, body bytes - without reading it
// into objects and writing it out again.
internal sealed class RelayedResponse(HttpResponseMessage response) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        using (response)
        {
            httpContext.Response.StatusCode = (int)response.StatusCode;
            httpContext.Response.ContentType = response.Content.Headers.ContentType?.ToString();
            httpContext.Response.ContentLength = response.Content.Headers.ContentLength;
            await response.Content.CopyToAsync(httpContext.Response.Body, httpContext.RequestAborted);
        }
    }
}
