namespace Graph.Language;

/// <summary>
/// Compares syntax trees by structure: same kinds, names, values and children, locations ignored.
/// (Record equality compares child lists by reference, so two parses of one text differ there.)
/// </summary>
public sealed class SyntaxComparer : IEqualityComparer<SyntaxNode>
{
    public static readonly SyntaxComparer Instance = new();

    private SyntaxComparer()
    {
    }

    public bool Equals(SyntaxNode? x, SyntaxNode? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Kind != y.Kind || !Equals(Scalar(x), Scalar(y)))
        {
            return false;
        }

        var left = new List<SyntaxNode?>();
        var right = new List<SyntaxNode?>();
        SyntaxChildren.Collect(x, left);
        SyntaxChildren.Collect(y, right);
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(SyntaxNode obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var hash = new HashCode();
        hash.Add(obj.Kind);
        hash.Add(Scalar(obj));
        var children = new List<SyntaxNode?>();
        SyntaxChildren.Collect(obj, children);
        foreach (var child in children)
        {
            hash.Add(child is null ? 0 : GetHashCode(child));
        }

        return hash.ToHashCode();
    }

    /// <summary>The node's own data besides its children.</summary>
    private static object? Scalar(SyntaxNode node) => node switch
    {
        NameNode n => n.Value,
        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode n => (n.Value, n.Block),
        BooleanValueNode n => n.Value,
        EnumValueNode n => n.Value,
        OperationDefinitionNode n => n.Operation,
        OperationTypeDefinitionNode n => n.Operation,
        DirectiveDefinitionNode n => n.Repeatable,
        _ => null,
    };
}
