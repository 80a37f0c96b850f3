using System.Text;

namespace Graph.Language;

/// <summary>Spec 2.9.4 BlockStringValue(rawValue): removes common indentation and blank leading/trailing lines.</summary>
public static class BlockString
{
    /// <summary>BlockStringValue(rawValue) of the text between the triple quotes (escapes already resolved).</summary>
    public static string Dedent(ReadOnlySpan<char> rawValue)
    {
        // Split on LineTerminator: \r\n, \n, \r.
        var lines = new List<Range>();
        var start = 0;
        for (var i = 0; i < rawValue.Length; i++)
        {
            var c = rawValue[i];
            if (c is '\n' or '\r')
            {
                lines.Add(start..i);
                if (c == '\r' && i + 1 < rawValue.Length && rawValue[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(start..rawValue.Length);

        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = rawValue[lines[i]];
            var indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonEmpty < 0)
            {
                firstNonEmpty = i;
            }

            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmpty < 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(rawValue.Length);
        for (var i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            if (i > firstNonEmpty)
            {
                builder.Append('\n');
            }

            var line = rawValue[lines[i]];
            if (i != 0)
            {
                line = line[Math.Min(commonIndent, line.Length)..];
            }

            builder.Append(line);
        }

        return builder.ToString();
    }

    private static int LeadingWhitespace(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }
}
