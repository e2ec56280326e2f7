using LeagueApp.Data.Import;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LeagueApp.PlayerOps.Import;

public static class ImportExtensions
{
    public static IHostApplicationBuilder AddLeagueImports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LeagueImporter>();
        builder.Services.AddSingleton<ImportRecords>();
        builder.Services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.SectionName).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ImportOptions>, ImportOptionsValidator>());
        // One instance: requests start imports on it, and the host stops them on it.
        builder.Services.AddSingleton<ImportJobs>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ImportJobs>());
        return builder;
    }
}
