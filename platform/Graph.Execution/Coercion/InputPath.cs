using System.Text;

namespace Graph.Execution.Coercion;

/// <summary>A path inside an input value (graphql-js Path) printed as <c> at .field[0]</c> (printPathArray).</summary>
internal sealed class InputPath
{
    private InputPath(InputPath? parent, object key)
    {
        Parent = parent;
        Key = key;
    }

    public InputPath? Parent { get; }

    public object Key { get; }

    public static InputPath? Add(InputPath? parent, object key) => new(parent, key);

    public static string Print(InputPath? path)
    {
        if (path is null)
        {
            return string.Empty;
        }

        var keys = new List<object>();
        for (var p = path; p is not null; p = p.Parent)
        {
            keys.Add(p.Key);
        }

        keys.Reverse();
        var builder = new StringBuilder(" at ");
        foreach (var key in keys)
        {
            _ = key is int index ? builder.Append('[').Append(index).Append(']') : builder.Append('.').Append(key);
        }

        return builder.ToString();
    }
}
