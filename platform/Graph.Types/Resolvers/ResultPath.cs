using System.Text;

namespace Graph.Types.Resolvers;

/// <summary>
/// An immutable path into the response (spec 7.1.3 "Path"): field response names and list indices from the root.
/// Appending shares the parent, so every field of a selection set reuses its parent's path.
/// </summary>
public sealed class ResultPath
{
    private ResultPath(ResultPath? parent, string? name, int index, int depth)
    {
        Parent = parent;
        Name = name;
        Index = index;
        Depth = depth;
    }

    /// <summary>The empty path of the operation's root selection set.</summary>
    public static ResultPath Root { get; } = new(null, null, -1, 0);

    public ResultPath? Parent { get; }

    /// <summary>The response name of a field segment; null for a list index segment or the root.</summary>
    public string? Name { get; }

    /// <summary>The list index of an index segment; -1 otherwise.</summary>
    public int Index { get; }

    public int Depth { get; }

    public bool IsRoot => Parent is null;

    public ResultPath Append(string name) => new(this, name ?? throw new ArgumentNullException(nameof(name)), -1, Depth + 1);

    public ResultPath Append(int index) => index >= 0
        ? new(this, null, index, Depth + 1)
        : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The segments from the root: strings for names, ints for indices (the JSON form of spec 7.1.3).</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        for (var path = this; path is { IsRoot: false }; path = path.Parent!)
        {
            segments[path.Depth - 1] = path.Name is { } name ? name : path.Index;
        }

        return segments;
    }

    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var segment in ToList())
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append(builder.Length == 0 ? string.Empty : ".").Append(segment);
            }
        }

        return builder.ToString();
    }
}
