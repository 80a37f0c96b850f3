namespace Graph.Language;

internal sealed partial class CompactPrinter
{
    private void VisitTypeSystem(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode n:
                Description(n.Description);
                Word("schema");
                List(n.Directives);
                Wrapped("{", n.OperationTypes, "}");
                break;
            case OperationTypeDefinitionNode n:
                Word(n.Operation.ToKeyword());
                Punctuator(":");
                Visit(n.Type);
                break;
            case ScalarTypeDefinitionNode n:
                Description(n.Description);
                Word("scalar");
                Visit(n.Name);
                List(n.Directives);
                break;
            case ObjectTypeDefinitionNode n:
                Description(n.Description);
                Word("type");
                ObjectLike(n.Name, n.Interfaces, n.Directives, n.Fields);
                break;
            case InterfaceTypeDefinitionNode n:
                Description(n.Description);
                Word("interface");
                ObjectLike(n.Name, n.Interfaces, n.Directives, n.Fields);
                break;
            case FieldDefinitionNode n:
                Description(n.Description);
                Visit(n.Name);
                Wrapped("(", n.Arguments, ")");
                Punctuator(":");
                Visit(n.Type);
                List(n.Directives);
                break;
            case InputValueDefinitionNode n:
                Description(n.Description);
                Visit(n.Name);
                Punctuator(":");
                Visit(n.Type);
                DefaultValue(n.DefaultValue);
                List(n.Directives);
                break;
            case UnionTypeDefinitionNode n:
                Description(n.Description);
                Word("union");
                Union(n.Name, n.Directives, n.Types);
                break;
            case EnumTypeDefinitionNode n:
                Description(n.Description);
                Word("enum");
                Visit(n.Name);
                List(n.Directives);
                Wrapped("{", n.Values, "}");
                break;
            case EnumValueDefinitionNode n:
                Description(n.Description);
                Visit(n.Name);
                List(n.Directives);
                break;
            case InputObjectTypeDefinitionNode n:
                Description(n.Description);
                Word("input");
                Visit(n.Name);
                List(n.Directives);
                Wrapped("{", n.Fields, "}");
                break;
            case DirectiveDefinitionNode n:
                Description(n.Description);
                Word("directive");
                Punctuator("@");
                Visit(n.Name);
                Wrapped("(", n.Arguments, ")");
                if (n.Repeatable)
                {
                    Word("repeatable");
                }

                Word("on");
                Separated("|", n.Locations);
                break;
            default:
                VisitExtension(node);
                break;
        }
    }

    private void VisitExtension(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaExtensionNode n:
                Word("extend");
                Word("schema");
                List(n.Directives);
                Wrapped("{", n.OperationTypes, "}");
                break;
            case ScalarTypeExtensionNode n:
                Word("extend");
                Word("scalar");
                Visit(n.Name);
                List(n.Directives);
                break;
            case ObjectTypeExtensionNode n:
                Word("extend");
                Word("type");
                ObjectLike(n.Name, n.Interfaces, n.Directives, n.Fields);
                break;
            case InterfaceTypeExtensionNode n:
                Word("extend");
                Word("interface");
                ObjectLike(n.Name, n.Interfaces, n.Directives, n.Fields);
                break;
            case UnionTypeExtensionNode n:
                Word("extend");
                Word("union");
                Union(n.Name, n.Directives, n.Types);
                break;
            case EnumTypeExtensionNode n:
                Word("extend");
                Word("enum");
                Visit(n.Name);
                List(n.Directives);
                Wrapped("{", n.Values, "}");
                break;
            case InputObjectTypeExtensionNode n:
                Word("extend");
                Word("input");
                Visit(n.Name);
                List(n.Directives);
                Wrapped("{", n.Fields, "}");
                break;
            default:
                throw new ArgumentException($"Unknown syntax node {node.GetType().Name}.", nameof(node));
        }
    }

    private void ObjectLike(
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields)
    {
        Visit(name);
        if (interfaces.Count > 0)
        {
            Word("implements");
            Separated("&", interfaces);
        }

        List(directives);
        Wrapped("{", fields, "}");
    }

    private void Union(NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
    {
        Visit(name);
        List(directives);
        if (types.Count > 0)
        {
            Punctuator("=");
            Separated("|", types);
        }
    }
}
