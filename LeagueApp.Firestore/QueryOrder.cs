namespace LeagueApp.Firestore;

public sealed record QueryOrder(FieldPath FieldPath, SortDirection Direction);
