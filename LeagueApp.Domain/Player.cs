namespace LeagueApp.Domain;

/// <summary>One player's season statistics. <see cref="Price"/> is in the same units as a team's capital.</summary>
public sealed record Player(
    string Name,
    string Team,
    string Nationality,
    Position Position,
    int Appearances,
    int Goals,
    int Assists,
    int Passes,
    int Interceptions,
    int Tackles,
    int Fouls,
    int Price);
