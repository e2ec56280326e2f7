using LeagueApp.Timeouts;
using Microsoft.Extensions.Options;

namespace LeagueApp.Data;

internal sealed class TimeoutBudgetValidator : IValidateOptions<TimeoutBudget>
{
    public ValidateOptionsResult Validate(string? name, TimeoutBudget options) =>
        options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
