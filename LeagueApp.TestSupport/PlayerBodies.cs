namespace LeagueApp.TestSupport;

// The JSON body of a player to sign, as the API takes it: an English forward unless told otherwise.
public static class PlayerBodies
{
    public static object NewPlayer(string name, string team, int price = 10, string position = "Forward", int goals = 0, int appearances = 5) => new
    {
        name,
        team,
        nationality = "England",
        position,
        appearances,
        goals,
        assists = 0,
        passes = 0,
        interceptions = 0,
        tackles = 0,
        fouls = 0,
        price,
    };
}
