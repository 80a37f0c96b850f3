using Graph.Language;
using Graph.Types.Resolvers;

namespace Graph.Types;

/// <summary>
/// What object and interface types share (spec 3.6, 3.7): fields and implemented interfaces, attached in a second
/// construction phase because types reference each other.
/// </summary>
public abstract class ComplexType : IComplexType
{
    private protected ComplexType(string name, string? description, DirectiveUsageList? directives, Location? location)
    {
        Name = name;
        Description = description;
        Directives = directives ?? DirectiveUsageList.Empty;
        Location = location;
    }

    public abstract TypeKind Kind { get; }

    public string Name { get; }

    public string? Description { get; }

    public DirectiveUsageList Directives { get; }

    public abstract bool IsBuiltIn { get; }

    public NamedList<OutputField> Fields { get; private set; } = NamedList<OutputField>.Empty;

    public IReadOnlyList<InterfaceType> Interfaces { get; private set; } = [];

    public Location? Location { get; }

    /// <summary>Second construction phase: types reference each other, so members are attached once all exist.</summary>
    internal void Complete(IEnumerable<InterfaceType> interfaces, IEnumerable<OutputField> fields)
    {
        Interfaces = interfaces.ToArray();
        Fields = new NamedList<OutputField>(fields);
        foreach (var field in Fields)
        {
            field.DeclaringType = this;
        }
    }

    public override string ToString() => Name;
}

/// <summary>An object type (spec 3.6 "Objects").</summary>
public sealed class ObjectType : ComplexType
{
    public ObjectType(string name, string? description = null, DirectiveUsageList? directives = null, Type? runtimeType = null, Location? location = null, bool isBuiltIn = false)
        : base(name, description, directives, location)
    {
        RuntimeType = runtimeType;
        IsBuiltIn = isBuiltIn;
    }

    public override TypeKind Kind => TypeKind.Object;

    public override bool IsBuiltIn { get; }

    /// <summary>The CLR type whose instances are values of this type (code-first); used to resolve abstract types.</summary>
    public Type? RuntimeType { get; }
}

/// <summary>An interface type (spec 3.7 "Interfaces"); interfaces may implement interfaces.</summary>
public sealed class InterfaceType : ComplexType, IAbstractType
{
    public InterfaceType(string name, string? description = null, DirectiveUsageList? directives = null, TypeResolver? resolveType = null, Location? location = null)
        : base(name, description, directives, location)
    {
        ResolveType = resolveType;
    }

    public override TypeKind Kind => TypeKind.Interface;

    public override bool IsBuiltIn => false;

    public TypeResolver? ResolveType { get; }
}

/// <summary>A union type (spec 3.8 "Unions"): one of several object types.</summary>
public sealed class UnionType : IAbstractType
{
    public UnionType(string name, string? description = null, DirectiveUsageList? directives = null, TypeResolver? resolveType = null, Location? location = null)
    {
        Name = name;
        Description = description;
        Directives = directives ?? DirectiveUsageList.Empty;
        ResolveType = resolveType;
        Location = location;
    }

    public TypeKind Kind => TypeKind.Union;

    public string Name { get; }

    public string? Description { get; }

    public DirectiveUsageList Directives { get; }

    public bool IsBuiltIn => false;

    /// <summary>The member types, in the order declared.</summary>
    public IReadOnlyList<ObjectType> Types { get; private set; } = [];

    public TypeResolver? ResolveType { get; }

    public Location? Location { get; }

    internal void Complete(IEnumerable<ObjectType> types) => Types = types.ToArray();

    public override string ToString() => Name;
}
