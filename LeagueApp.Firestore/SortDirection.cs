namespace LeagueApp.Firestore;

public enum SortDirection
{
    Ascending,
    Descending,
}
