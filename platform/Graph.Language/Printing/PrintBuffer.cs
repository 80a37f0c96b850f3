using System.Text;

namespace Graph.Language;

/// <summary>
/// A rope of printed text that knows its length and line count, so the indented printer can make
/// the same line-breaking decisions as graphql-js's <c>print()</c> (which measures lengths in UTF-16
/// code units, indentation included) without rendering intermediate strings.
/// </summary>
internal sealed class PrintBuffer
{
    public static readonly PrintBuffer Empty = new(string.Empty);

    private readonly string[]? _lines;
    private readonly string _text;
    private readonly bool _isBlockString;
    private PrintBuffer? _next;
    private PrintBuffer _tail;
    private bool _indentBefore;
    private bool _dedentAfter;

    public PrintBuffer(string value, bool isBlockString = false)
    {
        _text = value;
        _tail = this;
        Length = value.Length;
        if (value.Contains('\n', StringComparison.Ordinal))
        {
            _lines = value.Split('\n');
            Newlines = _lines.Length - 1;
        }

        _isBlockString = isBlockString;
    }

    /// <summary>Length of the rendered text in UTF-16 code units.</summary>
    public int Length { get; private set; }

    /// <summary>Number of line breaks in the rendered text.</summary>
    public int Newlines { get; private set; }

    public PrintBuffer Append(string text) => text.Length == 0 ? this : Append(new PrintBuffer(text));

    public PrintBuffer Append(PrintBuffer next)
    {
        if (next.Length == 0)
        {
            return this;
        }

        _tail._next = next;
        _tail = next._tail;
        Length += next.Length;
        Newlines += next.Newlines;
        return this;
    }

    public PrintBuffer Indent()
    {
        if (Length == 0)
        {
            return this;
        }

        _indentBefore = true;
        _tail._dedentAfter = true;
        Length += 2 * (Newlines + 1);
        return this;
    }

    public string Render()
    {
        var output = new StringBuilder(Length);
        var depth = 0;
        var indentation = string.Empty;
        for (var part = this; part is not null; part = part._next)
        {
            if (part._indentBefore)
            {
                depth++;
                indentation = new string(' ', depth * 2);
                output.Append("  ");
            }

            if (part._lines is null)
            {
                output.Append(part._text);
            }
            else
            {
                output.Append(part._lines[0]);
                for (var i = 1; i < part._lines.Length; i++)
                {
                    output.Append('\n').Append(indentation).Append(part._lines[i]);
                }
            }

            if (part._dedentAfter)
            {
                depth--;
                indentation = new string(' ', depth * 2);
            }
        }

        return output.ToString();
    }
}
