using Graph.Language;

namespace Graph.Types;

/// <summary>An input object type (spec 3.10 "Input Objects"), possibly a OneOf Input Object (spec 3.10.1).</summary>
public sealed class InputObjectType : INamedType
{
    public InputObjectType(string name, string? description = null, DirectiveUsageList? directives = null, Type? runtimeType = null, Location? location = null)
    {
        Name = name;
        Description = description;
        Directives = directives ?? DirectiveUsageList.Empty;
        RuntimeType = runtimeType;
        Location = location;
        IsOneOf = Directives.Contains(BuiltInDirectives.OneOfName);
    }

    public TypeKind Kind => TypeKind.InputObject;

    public string Name { get; }

    public string? Description { get; }

    public DirectiveUsageList Directives { get; }

    public bool IsBuiltIn => false;

    public NamedList<InputField> Fields { get; private set; } = NamedList<InputField>.Empty;

    /// <summary>True for a OneOf Input Object: <c>@oneOf</c> applied (spec 3.10.1).</summary>
    public bool IsOneOf { get; }

    /// <summary>The CLR type the executor builds from a coerced value (code-first); null for a dictionary.</summary>
    public Type? RuntimeType { get; }

    public Location? Location { get; }

    internal void Complete(IEnumerable<InputField> fields)
    {
        Fields = new NamedList<InputField>(fields);
        foreach (var field in Fields)
        {
            field.DeclaringType = this;
        }
    }

    public override string ToString() => Name;
}
