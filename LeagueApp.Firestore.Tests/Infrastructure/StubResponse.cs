using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace LeagueApp.Firestore.Tests.Infrastructure;

/// <summary>One scripted gRPC answer: these messages, then this status, after <see cref="Delay"/>.</summary>
internal sealed record StubResponse(StatusCode Status, string Detail, IReadOnlyList<IMessage> Messages)
{
    /// <summary>How long the server takes before it answers: a slow or stuck Firestore.</summary>
    public TimeSpan Delay { get; init; }

    public static StubResponse Error(StatusCode status) => new(status, $"scripted {status}", []);

    public static StubResponse Ok(params IMessage[] messages) => new(StatusCode.OK, "", messages);

    /// <summary>The answer of the calls that return google.protobuf.Empty (Rollback, DeleteDocument).</summary>
    public static StubResponse Empty { get; } = Ok(new Empty());
}
