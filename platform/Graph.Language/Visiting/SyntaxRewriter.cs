namespace Graph.Language;

/// <summary>
/// Builds a new tree with nodes replaced (graphql-js's <c>visit</c> with edits). Override
/// <see cref="Visit"/>: return a replacement, the node itself, or null to drop it from its list;
/// call <c>base.Visit(node)</c> to rewrite its children first. Unchanged subtrees are shared.
/// </summary>
public abstract partial class SyntaxRewriter
{
    /// <summary>Rewrites <paramref name="root"/>; the result has the same node type.</summary>
    public TNode Rewrite<TNode>(TNode root)
        where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(root);
        var changed = false;
        return Required(root, ref changed);
    }

    /// <summary>Rewrites one node: by default, its children.</summary>
    protected virtual SyntaxNode? Visit(SyntaxNode node) => RewriteChildren(node);

    /// <summary>The node with each child passed through <see cref="Visit"/>; the same instance when nothing changed.</summary>
    protected SyntaxNode RewriteChildren(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var changed = false;
        var result = RewriteExecutable(node, ref changed) ?? RewriteTypeSystem(node, ref changed);
        return changed ? result : node;
    }

    private T Required<T>(T node, ref bool changed)
        where T : SyntaxNode
    {
        var result = Visit(node);
        if (result is not T typed)
        {
            throw new InvalidOperationException(
                $"{typeof(T).Name} {node} cannot be replaced by {(result is null ? "nothing" : result.Kind.ToString())}.");
        }

        changed |= !ReferenceEquals(typed, node);
        return typed;
    }

    private T? Optional<T>(T? node, ref bool changed)
        where T : SyntaxNode
    {
        if (node is null)
        {
            return null;
        }

        var result = Visit(node);
        if (result is not null and not T)
        {
            throw new InvalidOperationException($"{typeof(T).Name} {node} cannot be replaced by {result.Kind}.");
        }

        changed |= !ReferenceEquals(result, node);
        return (T?)result;
    }

    private IReadOnlyList<T> List<T>(IReadOnlyList<T> nodes, ref bool changed)
        where T : SyntaxNode
    {
        List<T>? rewritten = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var result = Visit(node);
            if (result is not null and not T)
            {
                throw new InvalidOperationException($"{typeof(T).Name} {node} cannot be replaced by {result.Kind}.");
            }

            if (rewritten is null && !ReferenceEquals(result, node))
            {
                rewritten = new List<T>(nodes.Count);
                for (var j = 0; j < i; j++)
                {
                    rewritten.Add(nodes[j]);
                }
            }

            if (rewritten is not null && result is T typed)
            {
                rewritten.Add(typed);
            }
        }

        if (rewritten is null)
        {
            return nodes;
        }

        changed = true;
        return rewritten.ToArray();
    }

    private SyntaxNode? RewriteExecutable(SyntaxNode node, ref bool c) => node switch
    {
        NameNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode or NullValueNode or EnumValueNode => node,
        DocumentNode n => n with { Definitions = List(n.Definitions, ref c) },
        OperationDefinitionNode n => n with
        {
            Description = Optional(n.Description, ref c),
            Name = Optional(n.Name, ref c),
            VariableDefinitions = List(n.VariableDefinitions, ref c),
            Directives = List(n.Directives, ref c),
            SelectionSet = Required(n.SelectionSet, ref c),
        },
        VariableDefinitionNode n => n with
        {
            Description = Optional(n.Description, ref c),
            Variable = Required(n.Variable, ref c),
            Type = Required(n.Type, ref c),
            DefaultValue = Optional(n.DefaultValue, ref c),
            Directives = List(n.Directives, ref c),
        },
        SelectionSetNode n => n with { Selections = List(n.Selections, ref c) },
        FieldNode n => n with
        {
            Alias = Optional(n.Alias, ref c),
            Name = Required(n.Name, ref c),
            Arguments = List(n.Arguments, ref c),
            Directives = List(n.Directives, ref c),
            SelectionSet = Optional(n.SelectionSet, ref c),
        },
        ArgumentNode n => n with { Name = Required(n.Name, ref c), Value = Required(n.Value, ref c) },
        FragmentSpreadNode n => n with { Name = Required(n.Name, ref c), Directives = List(n.Directives, ref c) },
        InlineFragmentNode n => n with
        {
            TypeCondition = Optional(n.TypeCondition, ref c),
            Directives = List(n.Directives, ref c),
            SelectionSet = Required(n.SelectionSet, ref c),
        },
        FragmentDefinitionNode n => n with
        {
            Description = Optional(n.Description, ref c),
            Name = Required(n.Name, ref c),
            TypeCondition = Required(n.TypeCondition, ref c),
            Directives = List(n.Directives, ref c),
            SelectionSet = Required(n.SelectionSet, ref c),
        },
        VariableNode n => n with { Name = Required(n.Name, ref c) },
        ListValueNode n => n with { Values = List(n.Values, ref c) },
        ObjectValueNode n => n with { Fields = List(n.Fields, ref c) },
        ObjectFieldNode n => n with { Name = Required(n.Name, ref c), Value = Required(n.Value, ref c) },
        DirectiveNode n => n with { Name = Required(n.Name, ref c), Arguments = List(n.Arguments, ref c) },
        NamedTypeNode n => n with { Name = Required(n.Name, ref c) },
        ListTypeNode n => n with { Type = Required(n.Type, ref c) },
        NonNullTypeNode n => n with { Type = Required(n.Type, ref c) },
        TypeCoordinateNode n => n with { Name = Required(n.Name, ref c) },
        MemberCoordinateNode n => n with { Name = Required(n.Name, ref c), MemberName = Required(n.MemberName, ref c) },
        ArgumentCoordinateNode n => n with
        {
            Name = Required(n.Name, ref c),
            FieldName = Required(n.FieldName, ref c),
            ArgumentName = Required(n.ArgumentName, ref c),
        },
        DirectiveCoordinateNode n => n with { Name = Required(n.Name, ref c) },
        DirectiveArgumentCoordinateNode n => n with { Name = Required(n.Name, ref c), ArgumentName = Required(n.ArgumentName, ref c) },
        _ => null,
    };
}
