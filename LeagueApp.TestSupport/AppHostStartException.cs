namespace LeagueApp.TestSupport;

/// <summary>The AppHost of a test fixture did not start; the message says which resources failed and why.</summary>
public sealed class AppHostStartException(string message, Exception? inner = null) : Exception(message, inner);
