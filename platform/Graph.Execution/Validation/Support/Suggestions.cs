using System.Text;

namespace Graph.Execution.Validation;

/// <summary>
/// "Did you mean ...?" suggestions exactly as graphql-js computes them (<c>suggestionList</c>, <c>didYouMean</c>):
/// candidates within a lexical distance of 40% of the input's length, closest first, ties in natural order, at most five.
/// </summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close to <paramref name="input"/>, closest first (graphql-js <c>suggestionList</c>).</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var distance = new LexicalDistance(input);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var byDistance = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (distance.Measure(option, threshold) is { } d)
            {
                byDistance[option] = d;
            }
        }

        var result = byDistance.Keys.ToList();
        result.Sort((a, b) =>
        {
            var diff = byDistance[a] - byDistance[b];
            return diff != 0 ? diff : NaturalCompare(a, b);
        });
        return result;
    }

    /// <summary>" Did you mean "a", "b", or "c"?" or the empty string (graphql-js <c>didYouMean</c>).</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    /// <summary>" Did you mean {subMessage} "a" or "b"?" or the empty string.</summary>
    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = new StringBuilder(" Did you mean ");
        if (subMessage is not null)
        {
            message.Append(subMessage).Append(' ');
        }

        var quoted = suggestions.Take(MaxSuggestions).Select(s => "\"" + s + "\"").ToList();
        message.Append(quoted.Count switch
        {
            1 => quoted[0],
            2 => quoted[0] + " or " + quoted[1],
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1],
        });
        return message.Append('?').ToString();
    }

    /// <summary>graphql-js <c>naturalCompare</c>: digit runs compare by numeric value, other characters by code unit.</summary>
    public static int NaturalCompare(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var aIndex = 0;
        var bIndex = 0;
        while (aIndex < a.Length && bIndex < b.Length)
        {
            int aChar = a[aIndex];
            int bChar = b[bIndex];
            if (IsDigit(aChar) && IsDigit(bChar))
            {
                var aNum = ReadNumber(a, ref aIndex);
                var bNum = ReadNumber(b, ref bIndex);
                if (aNum != bNum)
                {
                    return aNum < bNum ? -1 : 1;
                }
            }
            else
            {
                if (aChar != bChar)
                {
                    return aChar < bChar ? -1 : 1;
                }

                aIndex++;
                bIndex++;
            }
        }

        return a.Length - b.Length;
    }

    // Mirrors graphql-js: a leading zero ends the number ("do ... while (isDigit && num > 0)").
    private static double ReadNumber(string s, ref int index)
    {
        double number = 0;
        int c = s[index];
        do
        {
            index++;
            number = (number * 10) + c - '0';
            c = index < s.Length ? s[index] : -1;
        }
        while (IsDigit(c) && number > 0);
        return number;
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    /// <summary>Damerau-Levenshtein (optimal string alignment) distance, case-insensitive, as graphql-js's <c>LexicalDistance</c>.</summary>
    private sealed class LexicalDistance
    {
        private readonly string _input;
        private readonly string _inputLowerCase;
        private readonly int[][] _rows;

        public LexicalDistance(string input)
        {
            _input = input;
            _inputLowerCase = input.ToLowerInvariant();
            _rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];
        }

        public int? Measure(string option, int threshold)
        {
            if (_input == option)
            {
                return 0;
            }

            var optionLowerCase = option.ToLowerInvariant();
            if (_inputLowerCase == optionLowerCase)
            {
                return 1;
            }

            var a = optionLowerCase;
            var b = _inputLowerCase;
            if (a.Length < b.Length)
            {
                (a, b) = (b, a);
            }

            var aLength = a.Length;
            var bLength = b.Length;
            if (aLength - bLength > threshold)
            {
                return null;
            }

            var rows = _rows;
            for (var j = 0; j <= bLength; j++)
            {
                rows[0][j] = j;
            }

            for (var i = 1; i <= aLength; i++)
            {
                var upRow = rows[(i - 1) % 3];
                var currentRow = rows[i % 3];
                var smallestCell = currentRow[0] = i;
                for (var j = 1; j <= bLength; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        var doubleDiagonalCell = rows[(i - 2) % 3][j - 2];
                        currentCell = Math.Min(currentCell, doubleDiagonalCell + 1);
                    }

                    if (currentCell < smallestCell)
                    {
                        smallestCell = currentCell;
                    }

                    currentRow[j] = currentCell;
                }

                if (smallestCell > threshold)
                {
                    return null;
                }
            }

            var distance = rows[aLength % 3][bLength];
            return distance <= threshold ? distance : null;
        }
    }
}
