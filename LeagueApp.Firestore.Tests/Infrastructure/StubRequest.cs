using Google.Protobuf;

namespace LeagueApp.Firestore.Tests.Infrastructure;

/// <param name="Path">The call's path, /google.firestore.v1.Firestore/{method}.</param>
/// <param name="Body">The request as framed by gRPC.</param>
internal sealed record StubRequest(string Path, byte[] Body)
{
    /// <summary>The RPC's name, e.g. "Commit".</summary>
    public string Method => Path[(Path.LastIndexOf('/') + 1)..];

    /// <summary>The request message of a unary or server-streaming call: the one frame after its 5-byte header.</summary>
    public T Message<T>(MessageParser<T> parser)
        where T : IMessage<T> => parser.ParseFrom(Body.AsSpan(5));
}
