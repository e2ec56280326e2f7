namespace LeagueApp.Firestore.Tests.Infrastructure;

internal sealed record StubRequest(string Method, string PathAndQuery, string Body);
