using LeagueApp.Timeouts;
using Microsoft.Extensions.Options;

namespace LeagueApp.PlayerOps.Import;

// A status save may take a whole Firestore operation; a running import must not look stale meanwhile.
internal sealed class ImportOptionsValidator(IOptions<TimeoutBudget> budget) : IValidateOptions<ImportOptions>
{
    public ValidateOptionsResult Validate(string? name, ImportOptions options)
    {
        if (options.AnswerWithin < TimeSpan.Zero || options.Heartbeat <= TimeSpan.Zero || options.KeepFor <= TimeSpan.Zero || options.MaxRowsRunning < 1)
        {
            return ValidateOptionsResult.Fail(
                $"{ImportOptions.SectionName}: AnswerWithin must not be negative, Heartbeat and KeepFor must be positive, MaxRowsRunning at least 1.");
        }

        var operation = budget.Value.PlayerOps.Operation;
        return options.StaleAfter < options.Heartbeat + operation + TimeoutBudget.Margin
            ? ValidateOptionsResult.Fail(
                $"{ImportOptions.SectionName}:StaleAfter ({options.StaleAfter.TotalSeconds:0.###} s) must outlast Heartbeat and one status save "
                + $"({TimeoutBudget.SectionName}:PlayerOps:Operation, {operation.TotalSeconds:0.###} s) by at least {TimeoutBudget.Margin.TotalSeconds:0.###} s.")
            : ValidateOptionsResult.Success;
    }
}
