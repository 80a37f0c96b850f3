using Microsoft.Extensions.Primitives;

namespace Graph.AspNetCore.Http;

/// <summary>
/// Content negotiation of GraphQL over HTTP ("Body", "Accept"; RFC 9110 12.5.1): the supported media type the
/// client ranks highest by <c>q</c>. At equal weight <c>application/graphql-response+json</c> wins, as the spec's
/// preferred type. <c>*/*</c>, <c>application/*</c> and a missing header choose <c>application/json</c>, which
/// every client understands (graphql-http audits 47DE and 80D8). A range with <c>q=0</c> or a charset other than
/// UTF-8 accepts nothing.
/// </summary>
public static class AcceptHeader
{
    public static ResponseMediaType Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return ResponseMediaType.Json;
        }

        var best = ResponseMediaType.None;
        var bestQuality = 0.0;
        var bestRank = 0;
        foreach (var header in accept)
        {
            foreach (var range in (header ?? string.Empty).AsSpan().Split(','))
            {
                var (mediaType, rank, quality) = Evaluate(header.AsSpan()[range].Trim());
                if (mediaType != ResponseMediaType.None && quality > 0
                    && (quality > bestQuality || (quality == bestQuality && rank > bestRank)))
                {
                    (best, bestQuality, bestRank) = (mediaType, quality, rank);
                }
            }
        }

        return best;
    }

    /// <summary>Which response a media range selects, how specific it is (3 exact preferred, 2 exact, 1 wildcard) and its weight.</summary>
    private static (ResponseMediaType MediaType, int Rank, double Quality) Evaluate(ReadOnlySpan<char> range)
    {
        var parameters = range.IndexOf(';');
        var type = (parameters < 0 ? range : range[..parameters]).Trim();
        (ResponseMediaType, int) selected = type switch
        {
            _ when type.Equals(GraphQLMediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase) => (ResponseMediaType.GraphQLResponseJson, 3),
            _ when type.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase) => (ResponseMediaType.Json, 2),
            _ when type.Equals("*/*", StringComparison.Ordinal) || type.Equals("application/*", StringComparison.OrdinalIgnoreCase) => (ResponseMediaType.Json, 1),
            _ => (ResponseMediaType.None, 0),
        };

        var quality = 1.0;
        if (parameters >= 0)
        {
            foreach (var part in range[(parameters + 1)..].Split(';'))
            {
                var parameter = range[(parameters + 1)..][part].Trim();
                var equals = parameter.IndexOf('=');
                if (equals < 0)
                {
                    continue;
                }

                var name = parameter[..equals].Trim();
                var value = parameter[(equals + 1)..].Trim().Trim('"');
                if (name.Equals("q", StringComparison.OrdinalIgnoreCase))
                {
                    quality = double.TryParse(value, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var q) ? q : 0;
                }
                else if (name.Equals("charset", StringComparison.OrdinalIgnoreCase) && !IsUtf8(value))
                {
                    return (ResponseMediaType.None, 0, 0);
                }
            }
        }

        return (selected.Item1, selected.Item2, quality);
    }

    internal static bool IsUtf8(ReadOnlySpan<char> charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
