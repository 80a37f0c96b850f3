using System.Text;

namespace Graph.Language;

/// <summary>
/// Prints a tree as one line of tokens with no ignored characters, like graphql-js's
/// <c>stripIgnoredCharacters</c>: a space separates two adjacent non-punctuator tokens, and a
/// non-punctuator from a following <c>...</c>.
/// </summary>
internal sealed partial class CompactPrinter
{
    private readonly StringBuilder _builder = new();
    private bool _lastWasNonPunctuator;

    public static string Print(SyntaxNode node)
    {
        var printer = new CompactPrinter();
        printer.Visit(node);
        return printer._builder.ToString();
    }

    private void Punctuator(string text)
    {
        if (_lastWasNonPunctuator && text == "...")
        {
            _builder.Append(' ');
        }

        _builder.Append(text);
        _lastWasNonPunctuator = false;
    }

    private void Word(string text)
    {
        if (_lastWasNonPunctuator)
        {
            _builder.Append(' ');
        }

        _builder.Append(text);
        _lastWasNonPunctuator = true;
    }

    private void Description(StringValueNode? description)
    {
        if (description is not null)
        {
            Visit(description);
        }
    }

    private void List<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        foreach (var node in nodes)
        {
            Visit(node);
        }
    }

    private void Wrapped<T>(string open, IReadOnlyList<T> nodes, string close)
        where T : SyntaxNode
    {
        if (nodes.Count == 0)
        {
            return;
        }

        Punctuator(open);
        List(nodes);
        Punctuator(close);
    }

    private void Separated<T>(string separator, IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (i > 0)
            {
                Punctuator(separator);
            }

            Visit(nodes[i]);
        }
    }

    private void Visit(SyntaxNode node)
    {
        switch (node)
        {
            case NameNode n: Word(n.Value); break;
            case DocumentNode n: List(n.Definitions); break;
            case OperationDefinitionNode n: OperationDefinition(n); break;
            case VariableDefinitionNode n:
                Description(n.Description);
                Visit(n.Variable);
                Punctuator(":");
                Visit(n.Type);
                DefaultValue(n.DefaultValue);
                List(n.Directives);
                break;
            case SelectionSetNode n:
                Punctuator("{");
                List(n.Selections);
                Punctuator("}");
                break;
            case FieldNode n:
                if (n.Alias is not null)
                {
                    Visit(n.Alias);
                    Punctuator(":");
                }

                Visit(n.Name);
                Wrapped("(", n.Arguments, ")");
                List(n.Directives);
                if (n.SelectionSet is not null)
                {
                    Visit(n.SelectionSet);
                }

                break;
            case FragmentSpreadNode n:
                Punctuator("...");
                Visit(n.Name);
                List(n.Directives);
                break;
            case InlineFragmentNode n:
                Punctuator("...");
                if (n.TypeCondition is not null)
                {
                    Word("on");
                    Visit(n.TypeCondition);
                }

                List(n.Directives);
                Visit(n.SelectionSet);
                break;
            case FragmentDefinitionNode n:
                Description(n.Description);
                Word("fragment");
                Visit(n.Name);
                Word("on");
                Visit(n.TypeCondition);
                List(n.Directives);
                Visit(n.SelectionSet);
                break;
            default:
                VisitValueOrType(node);
                break;
        }
    }

    private void OperationDefinition(OperationDefinitionNode n)
    {
        var shorthand = n.Operation == OperationType.Query && n.Name is null && n.Description is null
            && n.VariableDefinitions.Count == 0 && n.Directives.Count == 0;
        if (!shorthand)
        {
            Description(n.Description);
            Word(n.Operation.ToKeyword());
            if (n.Name is not null)
            {
                Visit(n.Name);
            }

            Wrapped("(", n.VariableDefinitions, ")");
            List(n.Directives);
        }

        Visit(n.SelectionSet);
    }

    private void DefaultValue(ValueNode? value)
    {
        if (value is not null)
        {
            Punctuator("=");
            Visit(value);
        }
    }
}
