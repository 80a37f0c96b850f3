namespace Graph.Language;

/// <summary>
/// The children of every node kind in source order, one slot per optional child (null when
/// absent), so that visitors and the structural comparer walk all kinds the same way.
/// </summary>
internal static class SyntaxChildren
{
    public static void Collect(SyntaxNode node, List<SyntaxNode?> into)
    {
        switch (node)
        {
            case NameNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode or NullValueNode or EnumValueNode:
                break;
            case DocumentNode n: into.AddRange(n.Definitions); break;
            case OperationDefinitionNode n:
                into.Add(n.Description);
                into.Add(n.Name);
                into.AddRange(n.VariableDefinitions);
                into.AddRange(n.Directives);
                into.Add(n.SelectionSet);
                break;
            case VariableDefinitionNode n:
                into.Add(n.Description);
                into.Add(n.Variable);
                into.Add(n.Type);
                into.Add(n.DefaultValue);
                into.AddRange(n.Directives);
                break;
            case SelectionSetNode n: into.AddRange(n.Selections); break;
            case FieldNode n:
                into.Add(n.Alias);
                into.Add(n.Name);
                into.AddRange(n.Arguments);
                into.AddRange(n.Directives);
                into.Add(n.SelectionSet);
                break;
            case ArgumentNode n: Add(into, n.Name, n.Value); break;
            case FragmentSpreadNode n:
                into.Add(n.Name);
                into.AddRange(n.Directives);
                break;
            case InlineFragmentNode n:
                into.Add(n.TypeCondition);
                into.AddRange(n.Directives);
                into.Add(n.SelectionSet);
                break;
            case FragmentDefinitionNode n:
                Add(into, n.Description, n.Name, n.TypeCondition);
                into.AddRange(n.Directives);
                into.Add(n.SelectionSet);
                break;
            case VariableNode n: into.Add(n.Name); break;
            case ListValueNode n: into.AddRange(n.Values); break;
            case ObjectValueNode n: into.AddRange(n.Fields); break;
            case ObjectFieldNode n: Add(into, n.Name, n.Value); break;
            case DirectiveNode n:
                into.Add(n.Name);
                into.AddRange(n.Arguments);
                break;
            case NamedTypeNode n: into.Add(n.Name); break;
            case ListTypeNode n: into.Add(n.Type); break;
            case NonNullTypeNode n: into.Add(n.Type); break;
            case TypeCoordinateNode n: into.Add(n.Name); break;
            case MemberCoordinateNode n: Add(into, n.Name, n.MemberName); break;
            case ArgumentCoordinateNode n: Add(into, n.Name, n.FieldName, n.ArgumentName); break;
            case DirectiveCoordinateNode n: into.Add(n.Name); break;
            case DirectiveArgumentCoordinateNode n: Add(into, n.Name, n.ArgumentName); break;
            default: CollectTypeSystem(node, into); break;
        }
    }

    private static void CollectTypeSystem(SyntaxNode node, List<SyntaxNode?> into)
    {
        switch (node)
        {
            case SchemaDefinitionNode n:
                into.Add(n.Description);
                into.AddRange(n.Directives);
                into.AddRange(n.OperationTypes);
                break;
            case OperationTypeDefinitionNode n: into.Add(n.Type); break;
            case ScalarTypeDefinitionNode n:
                Add(into, n.Description, n.Name);
                into.AddRange(n.Directives);
                break;
            case ObjectTypeDefinitionNode n: ObjectLike(into, n.Description, n.Name, n.Interfaces, n.Directives, n.Fields); break;
            case InterfaceTypeDefinitionNode n: ObjectLike(into, n.Description, n.Name, n.Interfaces, n.Directives, n.Fields); break;
            case FieldDefinitionNode n:
                Add(into, n.Description, n.Name);
                into.AddRange(n.Arguments);
                into.Add(n.Type);
                into.AddRange(n.Directives);
                break;
            case InputValueDefinitionNode n:
                Add(into, n.Description, n.Name, n.Type, n.DefaultValue);
                into.AddRange(n.Directives);
                break;
            case UnionTypeDefinitionNode n:
                Add(into, n.Description, n.Name);
                into.AddRange(n.Directives);
                into.AddRange(n.Types);
                break;
            case EnumTypeDefinitionNode n:
                Add(into, n.Description, n.Name);
                into.AddRange(n.Directives);
                into.AddRange(n.Values);
                break;
            case EnumValueDefinitionNode n:
                Add(into, n.Description, n.Name);
                into.AddRange(n.Directives);
                break;
            case InputObjectTypeDefinitionNode n:
                Add(into, n.Description, n.Name);
                into.AddRange(n.Directives);
                into.AddRange(n.Fields);
                break;
            case DirectiveDefinitionNode n:
                Add(into, n.Description, n.Name);
                into.AddRange(n.Arguments);
                into.AddRange(n.Locations);
                break;
            case SchemaExtensionNode n:
                into.AddRange(n.Directives);
                into.AddRange(n.OperationTypes);
                break;
            case ScalarTypeExtensionNode n:
                into.Add(n.Name);
                into.AddRange(n.Directives);
                break;
            case ObjectTypeExtensionNode n: ObjectLike(into, null, n.Name, n.Interfaces, n.Directives, n.Fields); break;
            case InterfaceTypeExtensionNode n: ObjectLike(into, null, n.Name, n.Interfaces, n.Directives, n.Fields); break;
            case UnionTypeExtensionNode n:
                into.Add(n.Name);
                into.AddRange(n.Directives);
                into.AddRange(n.Types);
                break;
            case EnumTypeExtensionNode n:
                into.Add(n.Name);
                into.AddRange(n.Directives);
                into.AddRange(n.Values);
                break;
            case InputObjectTypeExtensionNode n:
                into.Add(n.Name);
                into.AddRange(n.Directives);
                into.AddRange(n.Fields);
                break;
            default:
                throw new ArgumentException($"Unknown syntax node {node.GetType().Name}.", nameof(node));
        }
    }

    private static void Add(List<SyntaxNode?> into, params ReadOnlySpan<SyntaxNode?> nodes)
    {
        foreach (var node in nodes)
        {
            into.Add(node);
        }
    }

    private static void ObjectLike(
        List<SyntaxNode?> into,
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields)
    {
        Add(into, description, name);
        into.AddRange(interfaces);
        into.AddRange(directives);
        into.AddRange(fields);
    }
}
