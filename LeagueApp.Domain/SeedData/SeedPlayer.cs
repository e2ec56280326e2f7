namespace LeagueApp.Domain;

// Position stays a string here so that it goes through Positions.TryParse, which refuses numbers.
internal sealed record SeedPlayer(
    string Name,
    string Nationality,
    string Position,
    int Appearances,
    int Goals,
    int Assists,
    int Passes,
    int Interceptions,
    int Tackles,
    int Fouls,
    int Price);
