namespace LeagueApp.Firestore;

public sealed record QueryOrder(string FieldPath, SortDirection Direction);
