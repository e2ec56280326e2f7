namespace LeagueApp.Firestore.Tests;

public sealed class DocumentFieldsTests
{
    private static readonly DateTimeOffset Joined = new(2017, 6, 22, 10, 30, 0, TimeSpan.Zero);

    private readonly DocumentFields _fields = new()
    {
        ["name"] = "Salah",
        ["goals"] = 12,
        ["huge"] = long.MaxValue,
        ["rating"] = 8.5,
        ["active"] = true,
        ["joined"] = Joined,
        ["nickname"] = (string?)null,
        ["positions"] = new ArrayValue("Forward"),
        ["contract"] = new MapValue(new DocumentFields { ["until"] = 2027 }),
    };

    [Fact]
    public void Typed_accessors_read_each_kind()
    {
        Assert.Equal("Salah", _fields.GetString("name"));
        Assert.Equal(12, _fields.GetInt32("goals"));
        Assert.Equal(long.MaxValue, _fields.GetInt64("huge"));
        Assert.Equal(8.5, _fields.GetDouble("rating"));
        Assert.True(_fields.GetBoolean("active"));
        Assert.Equal(Joined, _fields.GetTimestamp("joined"));
        Assert.Equal([new StringValue("Forward")], _fields.GetArray("positions"));
        Assert.Equal(2027, _fields.GetMap("contract").GetInt32("until"));
    }

    [Fact]
    public void A_stored_null_string_is_a_null_value()
    {
        Assert.Same(NullValue.Instance, _fields["nickname"]);
    }

    [Fact]
    public void A_missing_field_throws_naming_it()
    {
        var error = Assert.Throws<FirestoreMappingException>(() => _fields.GetString("club"));

        Assert.Equal("club", error.FieldName);
        Assert.Contains("'club'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_field_is_missing_for_required_accessors()
    {
        Assert.Equal("nickname", Assert.Throws<FirestoreMappingException>(() => _fields.GetString("nickname")).FieldName);
    }

    [Fact]
    public void A_field_of_another_type_throws_naming_it_and_both_types()
    {
        var error = Assert.Throws<FirestoreMappingException>(() => _fields.GetInt64("name"));

        Assert.Equal("name", error.FieldName);
        Assert.Contains(nameof(StringValue), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(IntegerValue), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Int32_is_checked()
    {
        Assert.Equal("huge", Assert.Throws<FirestoreMappingException>(() => _fields.GetInt32("huge")).FieldName);
        Assert.Equal("huge", Assert.Throws<FirestoreMappingException>(() => _fields.GetInt32OrNull("huge")).FieldName);
    }

    [Fact]
    public void Nullable_accessors_return_null_for_missing_and_null_fields_but_still_check_types()
    {
        Assert.Null(_fields.GetStringOrNull("club"));
        Assert.Null(_fields.GetStringOrNull("nickname"));
        Assert.Null(_fields.GetInt64OrNull("club"));
        Assert.Null(_fields.GetInt32OrNull("club"));
        Assert.Null(_fields.GetDoubleOrNull("club"));
        Assert.Null(_fields.GetBooleanOrNull("club"));
        Assert.Null(_fields.GetTimestampOrNull("club"));
        Assert.Equal(12, _fields.GetInt32OrNull("goals"));
        Assert.Throws<FirestoreMappingException>(() => _fields.GetBooleanOrNull("name"));
    }

    [Fact]
    public void Doubles_accept_integers_that_another_writer_stored()
    {
        Assert.Equal(12.0, _fields.GetDouble("goals"));
        Assert.Throws<FirestoreMappingException>(() => _fields.GetDouble("name"));
    }

    [Fact]
    public void Equality_compares_content_regardless_of_order()
    {
        var one = new DocumentFields { ["a"] = 1, ["b"] = new ArrayValue("x", new MapValue(new DocumentFields { ["c"] = true })) };
        var other = new DocumentFields { ["b"] = new ArrayValue("x", new MapValue(new DocumentFields { ["c"] = true })), ["a"] = 1 };

        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, new DocumentFields { ["a"] = 1L, ["b"] = new ArrayValue("x") });
        Assert.NotEqual(new DocumentFields { ["a"] = 1 }, new DocumentFields { ["a"] = 1.0 });
    }

    [Fact]
    public void With_returns_a_changed_copy_and_leaves_the_original()
    {
        var changed = _fields.With("goals", 13).With("club", "Liverpool");

        Assert.Equal(13, changed.GetInt32("goals"));
        Assert.Equal("Liverpool", changed.GetString("club"));
        Assert.Equal(12, _fields.GetInt32("goals"));
        Assert.False(_fields.ContainsKey("club"));
    }

    [Fact]
    public void Without_returns_a_copy_lacking_the_field_and_leaves_the_original()
    {
        var changed = _fields.Without("goals");

        Assert.False(changed.ContainsKey("goals"));
        Assert.Equal(_fields.Count - 1, changed.Count);
        Assert.Equal(12, _fields.GetInt32("goals"));
    }
}
