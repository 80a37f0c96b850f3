namespace Graph.Language;

internal sealed partial class CompactPrinter
{
    private void VisitValueOrType(SyntaxNode node)
    {
        switch (node)
        {
            case ArgumentNode n:
                Visit(n.Name);
                Punctuator(":");
                Visit(n.Value);
                break;
            case ObjectFieldNode n:
                Visit(n.Name);
                Punctuator(":");
                Visit(n.Value);
                break;
            case VariableNode n:
                Punctuator("$");
                Visit(n.Name);
                break;
            case IntValueNode n: Word(n.Value); break;
            case FloatValueNode n: Word(n.Value); break;
            case StringValueNode n:
                Word(n.Block ? StringPrinter.PrintBlockString(n.Value, minimize: true) : StringPrinter.PrintString(n.Value));
                break;
            case BooleanValueNode n: Word(n.Value ? "true" : "false"); break;
            case NullValueNode: Word("null"); break;
            case EnumValueNode n: Word(n.Value); break;
            case ListValueNode n:
                Punctuator("[");
                List(n.Values);
                Punctuator("]");
                break;
            case ObjectValueNode n:
                Punctuator("{");
                List(n.Fields);
                Punctuator("}");
                break;
            case DirectiveNode n:
                Punctuator("@");
                Visit(n.Name);
                Wrapped("(", n.Arguments, ")");
                break;
            case NamedTypeNode n: Visit(n.Name); break;
            case ListTypeNode n:
                Punctuator("[");
                Visit(n.Type);
                Punctuator("]");
                break;
            case NonNullTypeNode n:
                Visit(n.Type);
                Punctuator("!");
                break;
            case SchemaCoordinateNode n: Word(SchemaCoordinatePrinter.Print(n)); break;
            default:
                VisitTypeSystem(node);
                break;
        }
    }
}
