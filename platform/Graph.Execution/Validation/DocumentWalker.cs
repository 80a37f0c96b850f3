using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>Receives the nodes of an executable document in traversal order from <see cref="DocumentWalker"/>.</summary>
internal interface IDocumentVisitor
{
    /// <summary>Called on entering <paramref name="node"/>; false skips its children and its <see cref="Leave"/>.</summary>
    bool Enter(SyntaxNode node, SyntaxNode? parent);

    void Leave(SyntaxNode node, SyntaxNode? parent);
}

/// <summary>
/// Depth-first traversal of the executable parts of a document in graphql-js's key order
/// (<c>QueryDocumentKeys</c> without descriptions), so that errors come out in the order graphql-js finds them.
/// Type-system definitions are entered (rule 5.1.1 reports them) but not descended into.
/// </summary>
internal static class DocumentWalker
{
    public static void Walk(SyntaxNode root, IDocumentVisitor visitor) => Visit(root, null, visitor);

    private static void Visit(SyntaxNode node, SyntaxNode? parent, IDocumentVisitor visitor)
    {
        if (!visitor.Enter(node, parent))
        {
            return;
        }

        switch (node)
        {
            case DocumentNode document:
                foreach (var definition in document.Definitions)
                {
                    if (definition is ExecutableDefinitionNode)
                    {
                        Visit(definition, node, visitor);
                    }
                }

                break;
            case OperationDefinitionNode operation:
                VisitAll(operation.VariableDefinitions, node, visitor);
                VisitAll(operation.Directives, node, visitor);
                Visit(operation.SelectionSet, node, visitor);
                break;
            case VariableDefinitionNode variableDefinition:
                Visit(variableDefinition.Variable, node, visitor);
                Visit(variableDefinition.Type, node, visitor);
                if (variableDefinition.DefaultValue is { } defaultValue)
                {
                    Visit(defaultValue, node, visitor);
                }

                VisitAll(variableDefinition.Directives, node, visitor);
                break;
            case SelectionSetNode selectionSet:
                VisitAll(selectionSet.Selections, node, visitor);
                break;
            case FieldNode field:
                VisitAll(field.Arguments, node, visitor);
                VisitAll(field.Directives, node, visitor);
                if (field.SelectionSet is { } fieldSelections)
                {
                    Visit(fieldSelections, node, visitor);
                }

                break;
            case ArgumentNode argument:
                Visit(argument.Value, node, visitor);
                break;
            case FragmentSpreadNode spread:
                VisitAll(spread.Directives, node, visitor);
                break;
            case InlineFragmentNode inline:
                if (inline.TypeCondition is { } inlineCondition)
                {
                    Visit(inlineCondition, node, visitor);
                }

                VisitAll(inline.Directives, node, visitor);
                Visit(inline.SelectionSet, node, visitor);
                break;
            case FragmentDefinitionNode fragment:
                Visit(fragment.TypeCondition, node, visitor);
                VisitAll(fragment.Directives, node, visitor);
                Visit(fragment.SelectionSet, node, visitor);
                break;
            case DirectiveNode directive:
                VisitAll(directive.Arguments, node, visitor);
                break;
            case ListValueNode list:
                VisitAll(list.Values, node, visitor);
                break;
            case ObjectValueNode obj:
                VisitAll(obj.Fields, node, visitor);
                break;
            case ObjectFieldNode objectField:
                Visit(objectField.Value, node, visitor);
                break;
            case ListTypeNode listType:
                Visit(listType.Type, node, visitor);
                break;
            case NonNullTypeNode nonNullType:
                Visit(nonNullType.Type, node, visitor);
                break;
        }

        visitor.Leave(node, parent);
    }

    private static void VisitAll<T>(IReadOnlyList<T> nodes, SyntaxNode parent, IDocumentVisitor visitor)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Visit(nodes[i], parent, visitor);
        }
    }
}
