using System.Collections;
using Graph.Language;

namespace Graph.Types;

/// <summary>
/// A directive applied to a schema element (spec 3.13), with its constant argument values as written.
/// Applied type-system directives are kept so custom directives (for example the composition directives)
/// survive SDL export and reach tools such as the gateway's composer.
/// </summary>
public sealed class DirectiveUsage
{
    public DirectiveUsage(string name, IReadOnlyList<ArgumentNode>? arguments = null, Location? location = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Arguments = arguments ?? [];
        Location = location;
    }

    public string Name { get; }

    /// <summary>The argument values as constant literals, in the order written.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; }

    public Location? Location { get; }

    /// <summary>The literal value of argument <paramref name="name"/>, or null when it was not given.</summary>
    public ValueNode? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    public static DirectiveUsage FromSyntax(DirectiveNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new DirectiveUsage(node.Name.Value, node.Arguments, node.Location);
    }

    /// <summary>Builds a usage from argument name/value pairs given as literals.</summary>
    public static DirectiveUsage Create(string name, params (string Name, ValueNode Value)[] arguments) =>
        new(name, arguments.Select(a => new ArgumentNode(new NameNode(a.Name), a.Value)).ToArray());

    public DirectiveNode ToSyntax() => new(new NameNode(Name), Arguments);

    public override string ToString() => SyntaxPrinter.Print(ToSyntax());
}

/// <summary>The directives applied to one schema element, in the order they were applied.</summary>
public sealed class DirectiveUsageList : IReadOnlyList<DirectiveUsage>
{
    private readonly DirectiveUsage[] _items;

    public DirectiveUsageList(IEnumerable<DirectiveUsage> items) => _items = items.ToArray();

    public static DirectiveUsageList Empty { get; } = new([]);

    public int Count => _items.Length;

    public DirectiveUsage this[int index] => _items[index];

    public bool Contains(string name) => Find(name) is not null;

    /// <summary>The first usage of directive <paramref name="name"/>, or null.</summary>
    public DirectiveUsage? Find(string name)
    {
        foreach (var item in _items)
        {
            if (item.Name == name)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>Every usage of directive <paramref name="name"/> (several for a repeatable directive).</summary>
    public IEnumerable<DirectiveUsage> FindAll(string name) => _items.Where(item => item.Name == name);

    public IEnumerator<DirectiveUsage> GetEnumerator() => ((IEnumerable<DirectiveUsage>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
