using System.Text;

namespace Graph.Language;

/// <summary>Prints string values as graphql-js does (<c>printString</c>, <c>printBlockString</c>).</summary>
public static class StringPrinter
{
    /// <summary>A quoted string literal; control characters, <c>"</c> and <c>\</c> escaped (spec 2.9.4).</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendString(builder, value);
        return builder.ToString();
    }

    internal static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case < '\u0020' or (>= '\u007f' and <= '\u009f'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        builder.Append('"');
    }

    /// <summary>
    /// A block string literal whose BlockStringValue() (spec 2.9.4) is <paramref name="value"/>;
    /// <paramref name="minimize"/> keeps it on one line where possible (compact printing).
    /// </summary>
    public static string PrintBlockString(string value, bool minimize = false)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var isSingleLine = true;
        var forceLeadingNewLine = true;
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (c is not ('\n' or '\r'))
            {
                continue;
            }

            isSingleLine = false;
            if (c == '\r' && i + 1 < escaped.Length && escaped[i + 1] == '\n')
            {
                i++;
            }

            // Every line after the first must be empty or start with whitespace to force a leading newline.
            var next = i + 1 < escaped.Length ? escaped[i + 1] : '\n';
            if (next is not ('\n' or '\r' or ' ' or '\t'))
            {
                forceLeadingNewLine = false;
            }
        }

        forceLeadingNewLine &= !isSingleLine;
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes);
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && value[0] is ' ' or '\t';

        var builder = new StringBuilder(escaped.Length + 8);
        builder.Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline)
        {
            builder.Append('\n');
        }

        return builder.Append("\"\"\"").ToString();
    }
}
