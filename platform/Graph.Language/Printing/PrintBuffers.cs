namespace Graph.Language;

/// <summary>The combinators of graphql-js's printer (<c>join</c>, <c>wrap</c>, <c>block</c>) over <see cref="PrintBuffer"/>.</summary>
internal static class PrintBuffers
{
    public const int MaxLineLength = 80;

    public static PrintBuffer Join(ReadOnlySpan<PrintBuffer> items, string separator = "")
    {
        var result = PrintBuffer.Empty;
        foreach (var item in items)
        {
            if (item.Length == 0)
            {
                continue;
            }

            if (result.Length == 0)
            {
                result = item;
            }
            else
            {
                if (separator.Length != 0)
                {
                    result.Append(separator);
                }

                result.Append(item);
            }
        }

        return result;
    }

    public static PrintBuffer Text(string text) => text.Length == 0 ? PrintBuffer.Empty : new PrintBuffer(text);

    public static PrintBuffer Wrap(string start, PrintBuffer? buffer, string end = "")
    {
        if (buffer is null || buffer.Length == 0)
        {
            return PrintBuffer.Empty;
        }

        return start.Length == 0 ? buffer.Append(end) : new PrintBuffer(start).Append(buffer).Append(end);
    }

    public static PrintBuffer Block(ReadOnlySpan<PrintBuffer> items) => Wrap("{\n", Join(items, "\n").Indent(), "\n}");

    public static int JoinedLength(ReadOnlySpan<PrintBuffer> items, string separator)
    {
        var length = 0;
        foreach (var item in items)
        {
            if (item.Length != 0)
            {
                length += (length == 0 ? 0 : separator.Length) + item.Length;
            }
        }

        return length;
    }

    public static bool HasMultilineItems(ReadOnlySpan<PrintBuffer> items)
    {
        foreach (var item in items)
        {
            if (item.Newlines != 0)
            {
                return true;
            }
        }

        return false;
    }
}
