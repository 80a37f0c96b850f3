using System.Text;

namespace Graph.Client.Generator;

/// <summary>Writes indented C# lines, four spaces per level.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Opens a block: the line, then <c>{</c>; dispose the result to close it.</summary>
    public IDisposable Block(string line)
    {
        Line(line).Line("{");
        _indent++;
        return new Closer(this, "}");
    }

    /// <summary>A <c>/// &lt;summary&gt;</c> comment from a schema description; nothing when there is none.</summary>
    public CodeWriter Summary(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return this;
        }

        var lines = description.Trim().Split('\n');
        if (lines.Length == 1)
        {
            return Line($"/// <summary>{CSharpNames.XmlEscape(lines[0].TrimEnd())}</summary>");
        }

        Line("/// <summary>");
        foreach (var line in lines)
        {
            Line(("/// " + CSharpNames.XmlEscape(line.TrimEnd())).TrimEnd());
        }

        return Line("/// </summary>");
    }

    /// <summary>Lines written verbatim at the current indentation (used for raw string literals).</summary>
    public CodeWriter Lines(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            Line(line);
        }

        return this;
    }

    public override string ToString() => _text.ToString();

    private sealed class Closer(CodeWriter writer, string close) : IDisposable
    {
        public void Dispose()
        {
            writer._indent--;
            writer.Line(close);
        }
    }
}
