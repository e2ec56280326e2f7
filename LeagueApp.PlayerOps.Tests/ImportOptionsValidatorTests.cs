using LeagueApp.PlayerOps.Import;
using LeagueApp.Timeouts;
using Microsoft.Extensions.Options;

namespace LeagueApp.PlayerOps.Tests;

public sealed class ImportOptionsValidatorTests
{
    private readonly ImportOptionsValidator _validator = new(Options.Create(new TimeoutBudget()));

    [Fact]
    public void The_defaults_hold()
    {
        Assert.True(_validator.Validate(null, new ImportOptions()).Succeeded);
    }

    [Fact]
    public void A_status_that_may_look_stale_while_one_save_is_under_way_is_refused_naming_both_settings()
    {
        var result = _validator.Validate(null, new ImportOptions { StaleAfter = TimeSpan.FromSeconds(10) });

        Assert.True(result.Failed);
        Assert.Contains("Imports:StaleAfter (10 s)", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Timeouts:PlayerOps:Operation, 15 s", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_wait_is_refused()
    {
        Assert.True(_validator.Validate(null, new ImportOptions { AnswerWithin = TimeSpan.FromSeconds(-1) }).Failed);
    }
}
