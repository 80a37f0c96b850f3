using Graph.Language;

namespace Graph.Fusion.Execution.Planning;

/// <summary>A mutable selection set a planner builds for one subgraph fetch; fields merge by response key and directives.</summary>
internal sealed class SelectionTree
{
    private readonly List<(string Key, SelectionNode Head, SelectionTree? Child)> _items = [];

    public bool IsEmpty => _items.Count == 0;

    /// <summary>Adds a field (its own selection set ignored); returns the tree of its sub-selections for composite fields.</summary>
    public SelectionTree? AddField(FieldNode field, bool composite)
    {
        var key = "f:" + field.ResponseKey + Directives(field.Directives);
        foreach (var item in _items)
        {
            if (item.Key == key)
            {
                return item.Child;
            }
        }

        var child = composite ? new SelectionTree() : null;
        _items.Add((key, field with { SelectionSet = null }, child));
        return child;
    }

    public SelectionTree AddInlineFragment(string? typeCondition, IReadOnlyList<DirectiveNode> directives)
    {
        var key = "i:" + typeCondition + Directives(directives);
        foreach (var item in _items)
        {
            if (item.Key == key)
            {
                return item.Child!;
            }
        }

        var child = new SelectionTree();
        _items.Add((key, new InlineFragmentNode(typeCondition is null ? null : new NamedTypeNode(new NameNode(typeCondition)), directives, new SelectionSetNode([])), child));
        return child;
    }

    public SelectionSetNode ToSyntax()
    {
        var selections = new List<SelectionNode>(_items.Count);
        foreach (var (_, head, child) in _items)
        {
            switch (head)
            {
                case FieldNode field:
                    selections.Add(child is null ? field : field with { SelectionSet = child.IsEmpty ? TypenameOnly : child.ToSyntax() });
                    break;
                case InlineFragmentNode fragment when child is { IsEmpty: false }:
                    selections.Add(fragment with { SelectionSet = child.ToSyntax() });
                    break;
            }
        }

        return new SelectionSetNode(selections.Count == 0 ? TypenameOnly.Selections : selections);
    }

    /// <summary>A composite field whose fields all come from other schemas still needs a selection: <c>__typename</c>.</summary>
    private static readonly SelectionSetNode TypenameOnly = new([new FieldNode(null, new NameNode("__typename"), [], [], null)]);

    private static string Directives(IReadOnlyList<DirectiveNode> directives) =>
        directives.Count == 0 ? string.Empty : string.Concat(directives.Select(d => d.Print(false)));
}
