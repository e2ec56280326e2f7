namespace LeagueApp.Firestore.Tests.Conformance;

/// <summary>
/// A theory over the conformance cases, skipped with the reason when they are not there: this
/// xunit (2.x) decides skips when it discovers tests, so the folder is looked at here.
/// </summary>
internal sealed class ConformanceTheoryAttribute : TheoryAttribute
{
    public ConformanceTheoryAttribute()
    {
        if (!ConformanceCases.Present)
        {
            Skip = $"Google's Firestore conformance cases are not in {ConformanceCases.Folder} (set {ConformanceCases.DirectoryVariable} to their v1 folder).";
        }
    }

    /// <summary>Marks the theory over the cases of <see cref="ConformanceTests.Unsupported"/> operations: skipped with their reasons.</summary>
    public bool ForUnsupported
    {
        get => Skip is not null;
        set
        {
            if (value && ConformanceCases.Present)
            {
                var counts = ConformanceCases.All().CountBy(@case => @case.Kind).ToDictionary(StringComparer.Ordinal);
                Skip = "Not supported: " + string.Join("; ", ConformanceTests.Unsupported.Select(feature => $"{feature.Key} ({counts.GetValueOrDefault(feature.Key)} cases), {feature.Value}"));
            }
        }
    }
}
