using System.Text;
using Graph.Language;

namespace Graph.Fusion.Composition;

/// <summary>Turns FieldSelectionMap paths into the FieldSelectionSet the gateway must fetch: <c>id</c>, <c>id sku</c>, <c>a { b }</c>.</summary>
internal static class SelectionText
{
    public static string FromPaths(IEnumerable<SelectionPath> paths)
    {
        var root = new Node();
        foreach (var path in paths)
        {
            var node = root;
            foreach (var segment in path.Segments)
            {
                if (segment.TypeCondition is not null)
                {
                    node = node.Child("... on " + segment.TypeCondition);
                }

                var arguments = segment.Arguments.Count == 0 ? string.Empty : "(" + string.Join(", ", segment.Arguments.Select(a => a.Name.Value + ": " + a.Value.PrintValue())) + ")";
                node = node.Child(segment.Field + arguments);
            }
        }

        var builder = new StringBuilder();
        root.Print(builder);
        return builder.ToString();
    }

    private sealed class Node
    {
        private readonly List<(string Text, Node Child)> _children = [];

        public Node Child(string text)
        {
            var existing = _children.Find(c => c.Text == text);
            if (existing.Child is not null)
            {
                return existing.Child;
            }

            var child = new Node();
            _children.Add((text, child));
            return child;
        }

        public void Print(StringBuilder builder)
        {
            for (var i = 0; i < _children.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(' ');
                }

                var (text, child) = _children[i];
                builder.Append(text);
                if (child._children.Count > 0)
                {
                    builder.Append(" { ");
                    child.Print(builder);
                    builder.Append(" }");
                }
            }
        }
    }
}

/// <summary>Prints a source field definition the way <c>@fusion__lookup(field:)</c> and <c>@fusion__requires(field:)</c> carry it.</summary>
internal static class FieldDefinitionText
{
    public static string Print(FieldDefinitionNode field)
    {
        var arguments = field.Arguments.Count == 0
            ? string.Empty
            : "(" + string.Join(", ", field.Arguments.Select(a => a.Name.Value + ": " + a.Type.Print() + (a.DefaultValue is null ? string.Empty : " = " + a.DefaultValue.PrintValue()))) + ")";
        return $"{field.Name.Value}{arguments}: {field.Type.Print()}";
    }
}
