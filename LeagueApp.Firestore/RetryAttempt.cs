namespace LeagueApp.Firestore;

/// <summary>What an attempt knows of those before it.</summary>
/// <param name="Number">1 for the first attempt.</param>
/// <param name="PreviousFailure">Why the attempt before failed; null for the first.</param>
/// <param name="FirstStarted">When the first attempt started, from the client's <see cref="TimeProvider"/>.</param>
internal sealed record RetryAttempt(int Number, FirestoreException? PreviousFailure, DateTimeOffset FirstStarted);
