using Microsoft.Extensions.Options;

namespace LeagueApp.Data.Changes;

internal sealed class CacheLeaseOptionsValidator : IValidateOptions<CacheLeaseOptions>
{
    public ValidateOptionsResult Validate(string? name, CacheLeaseOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
