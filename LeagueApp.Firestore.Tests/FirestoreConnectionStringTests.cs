namespace LeagueApp.Firestore.Tests;

public sealed class FirestoreConnectionStringTests
{
    [Fact]
    public void An_endpoint_means_the_emulator()
    {
        var parsed = FirestoreConnectionString.Parse("Endpoint=http://127.0.0.1:8900;ProjectId=apps-microservices");

        Assert.Equal(new FirestoreConnectionString(new Uri("http://127.0.0.1:8900"), "apps-microservices", DatabaseId: null, CredentialsFile: null), parsed);
    }

    [Fact]
    public void Keys_are_case_insensitive_and_all_known_keys_are_read()
    {
        var parsed = FirestoreConnectionString.Parse("projectid=p;DATABASEID=league;credentialsFile=/keys/sa.json");

        Assert.Equal(new FirestoreConnectionString(Endpoint: null, "p", "league", "/keys/sa.json"), parsed);
    }

    [Fact]
    public void Without_an_endpoint_the_options_point_to_firestore_itself()
    {
        var options = new FirestoreOptions();

        FirestoreConnectionString.Parse("ProjectId=apps-microservices").ApplyTo(options);

        Assert.Null(options.EmulatorEndpoint);
        Assert.Equal("apps-microservices", options.ProjectId);
        Assert.Equal(FirestoreOptions.DefaultDatabaseId, options.DatabaseId);
    }

    [Fact]
    public void Absent_keys_leave_what_configuration_set()
    {
        var options = new FirestoreOptions { ProjectId = "from-section", CredentialsFile = "/keys/sa.json" };

        FirestoreConnectionString.Parse("Endpoint=http://127.0.0.1:8900").ApplyTo(options);

        Assert.Equal(("from-section", "/keys/sa.json"), (options.ProjectId, options.CredentialsFile));
        Assert.Equal(new Uri("http://127.0.0.1:8900"), options.EmulatorEndpoint);
    }

    [Theory]
    [InlineData("Endpoint=http://127.0.0.1:8900;Project=p", "Project")]
    [InlineData("Endpoint=127.0.0.1:8900;ProjectId=p", "127.0.0.1:8900")]
    [InlineData("Endpoint=ftp://127.0.0.1;ProjectId=p", "ftp://127.0.0.1")]
    [InlineData("Endpoint='unterminated", "malformed")]
    public void Bad_connection_strings_fail_naming_the_problem(string connectionString, string named)
    {
        var error = Assert.Throws<FormatException>(() => FirestoreConnectionString.Parse(connectionString));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
