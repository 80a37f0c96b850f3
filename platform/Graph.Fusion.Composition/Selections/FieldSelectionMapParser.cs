using Graph.Language;

namespace Graph.Fusion.Composition;

/// <summary>Recursive descent parser for the FieldSelectionMap grammar (Composite Schemas spec Appendix A "Language").</summary>
internal sealed class FieldSelectionMapParser(string text)
{
    private int _position;

    public FieldSelectionMap ParseAll()
    {
        var map = ParseValue();
        SkipIgnored();
        if (_position != text.Length)
        {
            throw Error($"unexpected '{text[_position]}'");
        }

        return map;
    }

    private FieldSelectionMap ParseValue()
    {
        var entries = new List<SelectedEntry>();
        SkipIgnored();
        Accept('|');
        do
        {
            entries.Add(ParseEntry());
        }
        while (Accept('|'));

        return new FieldSelectionMap(entries);
    }

    private SelectedEntry ParseEntry()
    {
        SkipIgnored();
        if (Peek() == '{')
        {
            return new SelectedEntry(null, ParseObject(), null);
        }

        var path = ParsePath();
        SkipIgnored();
        if (Peek() == '.')
        {
            _position++;
            SkipIgnored();
            return Peek() == '{' ? new SelectedEntry(path, ParseObject(), null) : throw Error("expected '{' after '.'");
        }

        if (Peek() == '[')
        {
            _position++;
            var element = ParseValue();
            Expect(']');
            return new SelectedEntry(path, null, element);
        }

        return new SelectedEntry(path, null, null);
    }

    private List<SelectedObjectField> ParseObject()
    {
        Expect('{');
        var fields = new List<SelectedObjectField>();
        SkipIgnored();
        while (Peek() != '}')
        {
            var name = ParseName();
            SkipIgnored();
            var value = Accept(':') ? ParseValue() : new FieldSelectionMap([new SelectedEntry(new SelectionPath([new PathSegment(null, name, [])]), null, null)]);
            fields.Add(new SelectedObjectField(name, value));
            SkipIgnored();
            Accept(',');
            SkipIgnored();
            if (_position >= text.Length)
            {
                throw Error("expected '}'");
            }
        }

        _position++;
        return fields.Count == 0 ? throw Error("an object selection needs at least one field") : fields;
    }

    private SelectionPath ParsePath()
    {
        var segments = new List<PathSegment>();
        string? typeCondition = ParseTypeCondition();
        while (true)
        {
            var field = ParseName();
            var arguments = ParseArguments();
            segments.Add(new PathSegment(typeCondition, field, arguments));
            typeCondition = ParseTypeCondition();
            if (typeCondition is not null)
            {
                continue;
            }

            if (Peek() == '.' && NextNonIgnored(_position + 1) is not '{')
            {
                _position++;
                continue;
            }

            return new SelectionPath(segments);
        }
    }

    private string? ParseTypeCondition()
    {
        SkipIgnored();
        if (!Accept('<'))
        {
            return null;
        }

        var name = ParseName();
        Expect('>');
        if (Peek() != '.')
        {
            throw Error("expected '.' after a type condition");
        }

        _position++;
        return name;
    }

    private IReadOnlyList<ArgumentNode> ParseArguments()
    {
        SkipIgnored();
        if (Peek() != '(')
        {
            return [];
        }

        var start = _position;
        var depth = 0;
        var inString = false;
        for (; _position < text.Length; _position++)
        {
            var c = text[_position];
            if (inString)
            {
                if (c == '\\')
                {
                    _position++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (c == '"')
            {
                inString = true;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                _position++;
                break;
            }
        }

        if (depth != 0)
        {
            throw Error("unbalanced parentheses");
        }

        try
        {
            var document = Parser.Parse("{ f" + text[start.._position] + " }");
            var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
            return field.Arguments;
        }
        catch (GraphQLSyntaxException syntax)
        {
            throw Error(syntax.Description);
        }
    }

    private string ParseName()
    {
        SkipIgnored();
        var start = _position;
        while (_position < text.Length && (char.IsAsciiLetterOrDigit(text[_position]) || text[_position] == '_'))
        {
            if (_position == start && char.IsAsciiDigit(text[_position]))
            {
                break;
            }

            _position++;
        }

        return _position == start
            ? throw Error(_position < text.Length ? $"expected a name, found '{text[_position]}'" : "expected a name, found the end")
            : text[start.._position];
    }

    private char? NextNonIgnored(int position)
    {
        while (position < text.Length && (char.IsWhiteSpace(text[position]) || text[position] == ','))
        {
            position++;
        }

        return position < text.Length ? text[position] : null;
    }

    private void SkipIgnored()
    {
        while (_position < text.Length && char.IsWhiteSpace(text[_position]))
        {
            _position++;
        }
    }

    private char? Peek()
    {
        SkipIgnored();
        return _position < text.Length ? text[_position] : null;
    }

    private bool Accept(char c)
    {
        if (Peek() == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!Accept(c))
        {
            throw Error(_position < text.Length ? $"expected '{c}', found '{text[_position]}'" : $"expected '{c}', found the end");
        }
    }

    private FormatException Error(string reason) => new($"Invalid FieldSelectionMap \"{text}\" at {_position}: {reason}.");
}
