namespace LeagueApp.Firestore;

public enum FieldOperator
{
    Equal,
    NotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,

    /// <summary>The field equals one of the values of an <see cref="ArrayValue"/>.</summary>
    In,

    /// <summary>The field is an array holding the value.</summary>
    ArrayContains,
}
