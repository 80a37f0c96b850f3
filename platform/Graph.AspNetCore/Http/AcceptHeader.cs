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

    /// <summary>
    /// Whether <c>application/jsonl</c> is accepted explicitly (with a weight above zero and a UTF-8 or no charset): the
    /// one media type a variable batch is answered in (docs/fusion.md "Variable batching"). Wildcards do not count: a
    /// client must ask for JSON Lines to get them.
    /// </summary>
    public static bool AcceptsJsonLines(StringValues accept)
    {
        foreach (var header in accept)
        {
            foreach (var range in (header ?? string.Empty).AsSpan().Split(','))
            {
                var text = header.AsSpan()[range].Trim();
                var parameters = text.IndexOf(';');
                var type = (parameters < 0 ? text : text[..parameters]).Trim();
                if (type.Equals(GraphQLMediaTypes.JsonLines, StringComparison.OrdinalIgnoreCase) && Weight(parameters < 0 ? [] : text[(parameters + 1)..]) > 0)
                {
                    return true;
                }
            }
        }

        return false;
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

        var quality = parameters < 0 ? 1.0 : Weight(range[(parameters + 1)..]);
        return (selected.Item1, selected.Item2, quality);
    }

    /// <summary>The <c>q</c> of a media range's parameters (1 when absent); 0 when a charset other than UTF-8 is asked for.</summary>
    private static double Weight(ReadOnlySpan<char> parameters)
    {
        var quality = 1.0;
        foreach (var part in parameters.Split(';'))
        {
            var parameter = parameters[part].Trim();
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
                return 0;
            }
        }

        return quality;
    }

    internal static bool IsUtf8(ReadOnlySpan<char> charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
