namespace LeagueApp.Domain;

/// <summary>A transfer that must not happen; <see cref="Message"/> is an English sentence for the API user.</summary>
public sealed record TransferRefused(TransferRefusal Reason, string Message) : TransferDecision;
