using System.Text;

namespace Graph.Language.Tests;

/// <summary>Random syntactically valid documents (executable and type system), deterministic per seed.</summary>
public sealed partial class DocumentGenerator(int seed)
{
    private static readonly string[] Names = ["a", "id", "name", "on", "query", "type", "true", "null", "extend", "Product", "_x1", "fragment"];
    private static readonly string[] Strings = ["\"\"", "\"s\"", "\"é ☕\"", "\"\\n\\u00e9\\u{1F600}\"", "\"\"\"block\"\"\"", "\"\"\"\n  indented\n    more\n\"\"\""];
    private static readonly string[] Numbers = ["0", "-1", "42", "1.5", "-0.0", "1e10", "2.5E-3"];
    private static readonly string[] Locations = ["FIELD", "QUERY", "OBJECT", "FIELD_DEFINITION", "ENUM_VALUE", "VARIABLE_DEFINITION"];
    private static readonly string[] Ignored = [" ", " ", " ", ",", "\n", "\t", "\r\n", " # c\n", "\uFEFF"];

    private readonly Random _random = new(seed);
    private readonly StringBuilder _out = new();

    public string Next()
    {
        _out.Clear();
        var definitions = _random.Next(1, 4);
        var typeSystem = _random.Next(2) == 0;
        for (var i = 0; i < definitions; i++)
        {
            if (typeSystem)
            {
                TypeSystemDefinition();
            }
            else
            {
                ExecutableDefinition();
            }

            Gap();
        }

        return _out.ToString();
    }

    private bool Chance(int percent) => _random.Next(100) < percent;

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private void Token(string text)
    {
        if (_out.Length > 0)
        {
            Gap();
        }

        _out.Append(text);
    }

    private void Gap() => _out.Append(Chance(20) ? Pick(Ignored) : " ");

    private void Name() => Token(Pick(Names));

    private void Description()
    {
        if (Chance(25))
        {
            Token(Pick(Strings));
        }
    }

    private void ExecutableDefinition()
    {
        if (Chance(25))
        {
            Description();
            Token("fragment");
            Token("F" + _random.Next(10));
            Token("on");
            Name();
            Directives(false);
            SelectionSet(0);
            return;
        }

        if (Chance(30))
        {
            SelectionSet(0);
            return;
        }

        Description();
        Token(Pick(new[] { "query", "mutation", "subscription" }));
        if (Chance(70))
        {
            Token("Op" + _random.Next(10));
        }

        if (Chance(50))
        {
            Token("(");
            for (var i = _random.Next(1, 3); i > 0; i--)
            {
                Description();
                Token("$");
                Name();
                Token(":");
                Type(0);
                if (Chance(40))
                {
                    Token("=");
                    Value(0, true);
                }

                Directives(true);
            }

            Token(")");
        }

        Directives(false);
        SelectionSet(0);
    }

    private void SelectionSet(int depth)
    {
        Token("{");
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            var choice = depth > 3 ? 0 : _random.Next(6);
            if (choice == 4)
            {
                Token("...");
                Token("F" + _random.Next(10));
                Directives(false);
            }
            else if (choice == 5)
            {
                Token("...");
                if (Chance(60))
                {
                    Token("on");
                    Name();
                }

                Directives(false);
                SelectionSet(depth + 1);
            }
            else
            {
                if (Chance(30))
                {
                    Name();
                    Token(":");
                }

                Name();
                Arguments(false);
                Directives(false);
                if (depth < 4 && Chance(40))
                {
                    SelectionSet(depth + 1);
                }
            }
        }

        Token("}");
    }

    private void Arguments(bool isConst)
    {
        if (!Chance(40))
        {
            return;
        }

        Token("(");
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            Name();
            Token(":");
            Value(0, isConst);
        }

        Token(")");
    }

    private void Directives(bool isConst)
    {
        while (Chance(25))
        {
            Token("@");
            Name();
            Arguments(isConst);
        }
    }

    private void Value(int depth, bool isConst)
    {
        switch (depth > 3 ? _random.Next(6) : _random.Next(9))
        {
            case 0: Token(Pick(Numbers)); break;
            case 1: Token(Pick(Strings)); break;
            case 2: Token(Pick(new[] { "true", "false", "null", "ENUM_A", "on" })); break;
            case 3 or 4:
                if (isConst)
                {
                    Token(Pick(Numbers));
                }
                else
                {
                    Token("$");
                    Name();
                }

                break;
            case 5: Token(Pick(Strings)); break;
            case 6:
                Token("[");
                for (var i = _random.Next(0, 4); i > 0; i--)
                {
                    Value(depth + 1, isConst);
                }

                Token("]");
                break;
            default:
                Token("{");
                for (var i = _random.Next(0, 3); i > 0; i--)
                {
                    Name();
                    Token(":");
                    Value(depth + 1, isConst);
                }

                Token("}");
                break;
        }
    }

    private void Type(int depth)
    {
        if (depth < 3 && Chance(30))
        {
            Token("[");
            Type(depth + 1);
            Token("]");
        }
        else
        {
            Name();
        }

        if (Chance(40))
        {
            Token("!");
        }
    }
}
