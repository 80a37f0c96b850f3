namespace Graph.Language.Tests;

/// <summary>The type-system half of the generator (spec 3 definitions and extensions).</summary>
public sealed partial class DocumentGenerator
{
    private static readonly string[] TypeKeywords = ["type", "interface", "input", "enum", "union", "scalar", "schema", "directive"];

    private void TypeSystemDefinition()
    {
        var extend = Chance(25);
        var keyword = Pick(TypeKeywords);
        if (extend)
        {
            keyword = keyword == "directive" ? "type" : keyword;
            Token("extend");
        }
        else
        {
            Description();
        }

        Token(keyword);
        switch (keyword)
        {
            case "schema":
                ExtensionDirectives(extend);
                if (!extend || Chance(50))
                {
                    OperationTypes();
                }

                break;
            case "scalar":
                Name();
                ExtensionDirectives(extend);
                break;
            case "type" or "interface":
                Name();
                Implements(false);
                ExtensionDirectives(extend);
                Block(extend, () => FieldDefinition());
                break;
            case "input":
                Name();
                ExtensionDirectives(extend);
                Block(extend, () => InputValue());
                break;
            case "enum":
                Name();
                ExtensionDirectives(extend);
                Block(extend, () =>
                {
                    Description();
                    Token(Pick(new[] { "A", "B", "on", "RED" }));
                    Directives(true);
                });
                break;
            case "union":
                Name();
                ExtensionDirectives(extend);
                if (!extend || Chance(70))
                {
                    Token("=");
                    if (Chance(30))
                    {
                        Token("|");
                    }

                    Name();
                    while (Chance(40))
                    {
                        Token("|");
                        Name();
                    }
                }

                break;
            default:
                Token("@");
                Name();
                if (Chance(40))
                {
                    ArgumentDefinitions();
                }

                if (Chance(30))
                {
                    Token("repeatable");
                }

                Token("on");
                Token(Pick(Locations));
                while (Chance(40))
                {
                    Token("|");
                    Token(Pick(Locations));
                }

                break;
        }
    }

    /// <summary>An extension must extend something: it gets at least one directive.</summary>
    private void ExtensionDirectives(bool extend)
    {
        if (extend)
        {
            Token("@");
            Name();
        }

        Directives(true);
    }

    private void OperationTypes()
    {
        Token("{");
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            Token(Pick(new[] { "query", "mutation", "subscription" }));
            Token(":");
            Name();
        }

        Token("}");
    }

    private void Implements(bool required)
    {
        if (!required && !Chance(40))
        {
            return;
        }

        Token("implements");
        if (Chance(30))
        {
            Token("&");
        }

        Name();
        while (Chance(40))
        {
            Token("&");
            Name();
        }
    }

    private void Block(bool optional, Action item)
    {
        if (optional && Chance(50))
        {
            return;
        }

        if (!optional && Chance(15))
        {
            return;
        }

        Token("{");
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            item();
        }

        Token("}");
    }

    private void FieldDefinition()
    {
        Description();
        Name();
        if (Chance(40))
        {
            ArgumentDefinitions();
        }

        Token(":");
        Type(0);
        Directives(true);
    }

    private void ArgumentDefinitions()
    {
        Token("(");
        for (var i = _random.Next(1, 3); i > 0; i--)
        {
            InputValue();
        }

        Token(")");
    }

    private void InputValue()
    {
        Description();
        Name();
        Token(":");
        Type(0);
        if (Chance(30))
        {
            Token("=");
            Value(0, true);
        }

        Directives(true);
    }
}
