using LeagueApp.Firestore;
using LeagueApp.Timeouts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LeagueApp.Data;

public static class TimeoutBudgetExtensions
{
    /// <summary>
    /// Binds the section "Timeouts" (<see cref="TimeoutBudget"/>), refuses to start when its limits do
    /// not nest, and bounds each Firestore call of this process by it. The budget wins over the
    /// section "Firestore", so that no copy of a limit can drift away from the ones around it.
    /// </summary>
    public static IHostApplicationBuilder AddTimeoutBudget(this IHostApplicationBuilder builder)
    {
        // Several parts of a service need the budget (the frontend's hops and its change feed): each
        // asks for it, and it is registered once.
        if (builder.Services.Any(service => service.ServiceType == typeof(IValidateOptions<TimeoutBudget>)))
        {
            return builder;
        }

        builder.Services.AddOptions<TimeoutBudget>().BindConfiguration(TimeoutBudget.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TimeoutBudget>, TimeoutBudgetValidator>();
        builder.Services.AddOptions<FirestoreOptions>().PostConfigure<IOptions<TimeoutBudget>>((firestore, budget) =>
            firestore.RequestTimeout = budget.Value.FirestoreCall);
        return builder;
    }

    /// <summary>The budget, with this backend's Firestore operations and transactions bounded by its part of it.</summary>
    public static IHostApplicationBuilder AddBackendTimeouts(this IHostApplicationBuilder builder, Func<TimeoutBudget, BackendTimeouts> backend)
    {
        builder.AddTimeoutBudget();
        builder.Services.AddOptions<FirestoreOptions>().PostConfigure<IOptions<TimeoutBudget>>((firestore, budget) =>
        {
            var limits = backend(budget.Value);
            firestore.OperationTimeout = limits.Operation;
            firestore.TransactionTimeout = limits.Transaction;
        });
        return builder;
    }
}
