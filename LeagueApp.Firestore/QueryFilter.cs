namespace LeagueApp.Firestore;

/// <summary>One condition of a query; <see cref="FieldPath"/> may name a nested field ("stats.goals").</summary>
public sealed record QueryFilter(FieldPath FieldPath, FieldOperator Operator, FirestoreValue Value);
