using System.Text;

namespace LeagueApp.PlayerOps.Import;

public static class CsvText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // A declared length is trusted this far (the frontend's import limit) before a byte has arrived.
    private const int MaxPresize = 8 * 1024 * 1024;

    /// <summary>Reads a request body as UTF-8, or null when it is not UTF-8 (e.g. a Latin-1 export).</summary>
    /// <param name="length">The declared length if known: the buffer is sized once instead of growing.</param>
    public static async Task<string?> ReadUtf8Async(Stream body, long? length, CancellationToken ct)
    {
        using var buffer = new MemoryStream(length is > 0 and <= MaxPresize ? (int)length.Value : 0);
        await body.CopyToAsync(buffer, ct);
        try
        {
            var text = StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
