namespace LeagueApp.Domain;

/// <summary>The outfield positions of the data set (it has no goalkeepers).</summary>
public enum Position
{
    Defender,
    Midfielder,
    Forward,
}
