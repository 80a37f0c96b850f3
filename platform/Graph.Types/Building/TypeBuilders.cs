using Graph.Types.Resolvers;

namespace Graph.Types;

/// <summary>A mutable named type definition; <see cref="SchemaBuilder.Build"/> turns it into an immutable type.</summary>
public abstract class TypeBuilder(string name) : DefinitionBuilder
{
    public string Name { get; set; } = name;

    public abstract TypeKind Kind { get; }

    public TypeBuilder Directive(DirectiveUsage usage)
    {
        Directives.Add(usage);
        return this;
    }
}

/// <summary>An object or interface type under construction.</summary>
public abstract class ComplexTypeBuilder(string name) : TypeBuilder(name)
{
    /// <summary>Names of the implemented interfaces, in declaration order.</summary>
    public List<string> Interfaces { get; } = [];

    public List<FieldBuilder> Fields { get; } = [];

    public FieldBuilder? FindField(string name) => Fields.Find(f => f.Name == name);

    /// <summary>Adds a field of type <paramref name="type"/> written as in SDL (<c>[Product!]!</c>).</summary>
    public FieldBuilder AddField(string name, string type)
    {
        var field = new FieldBuilder(name, TypeReference.Parse(type));
        Fields.Add(field);
        return field;
    }
}

/// <summary>An object type under construction (spec 3.6).</summary>
public sealed class ObjectTypeBuilder(string name) : ComplexTypeBuilder(name)
{
    public override TypeKind Kind => TypeKind.Object;

    public Type? RuntimeType { get; set; }

    public ObjectTypeBuilder Field(string name, string type, Action<FieldBuilder>? configure = null)
    {
        var field = AddField(name, type);
        configure?.Invoke(field);
        return this;
    }

    public ObjectTypeBuilder Implements(params string[] interfaces)
    {
        Interfaces.AddRange(interfaces);
        return this;
    }

    public ObjectTypeBuilder Describe(string? description)
    {
        Description = description;
        return this;
    }
}

/// <summary>An interface type under construction (spec 3.7).</summary>
public sealed class InterfaceTypeBuilder(string name) : ComplexTypeBuilder(name)
{
    public override TypeKind Kind => TypeKind.Interface;

    public TypeResolver? ResolveType { get; set; }

    public InterfaceTypeBuilder Field(string name, string type, Action<FieldBuilder>? configure = null)
    {
        var field = AddField(name, type);
        configure?.Invoke(field);
        return this;
    }

    public InterfaceTypeBuilder Implements(params string[] interfaces)
    {
        Interfaces.AddRange(interfaces);
        return this;
    }

    public InterfaceTypeBuilder Describe(string? description)
    {
        Description = description;
        return this;
    }
}

/// <summary>A union type under construction (spec 3.8).</summary>
public sealed class UnionTypeBuilder(string name) : TypeBuilder(name)
{
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>Names of the member types, in declaration order.</summary>
    public List<string> Types { get; } = [];

    public TypeResolver? ResolveType { get; set; }

    public UnionTypeBuilder Members(params string[] types)
    {
        Types.AddRange(types);
        return this;
    }
}

/// <summary>An enum type under construction (spec 3.9).</summary>
public sealed class EnumTypeBuilder(string name) : TypeBuilder(name)
{
    public override TypeKind Kind => TypeKind.Enum;

    public List<EnumValueBuilder> Values { get; } = [];

    public Type? RuntimeType { get; set; }

    public EnumTypeBuilder Value(string name, Action<EnumValueBuilder>? configure = null)
    {
        var value = new EnumValueBuilder(name);
        configure?.Invoke(value);
        Values.Add(value);
        return this;
    }
}

/// <summary>An input object type under construction (spec 3.10).</summary>
public sealed class InputObjectTypeBuilder(string name) : TypeBuilder(name)
{
    public override TypeKind Kind => TypeKind.InputObject;

    public List<InputValueBuilder> Fields { get; } = [];

    public Type? RuntimeType { get; set; }

    public InputObjectTypeBuilder Field(string name, string type, Action<InputValueBuilder>? configure = null)
    {
        var field = new InputValueBuilder(name, TypeReference.Parse(type));
        configure?.Invoke(field);
        Fields.Add(field);
        return this;
    }

    /// <summary>Makes this a OneOf Input Object (spec 3.10.1).</summary>
    public InputObjectTypeBuilder OneOf()
    {
        if (!Directives.Exists(d => d.Name == BuiltInDirectives.OneOfName))
        {
            Directives.Add(BuiltInDirectives.OneOfUsage());
        }

        return this;
    }
}

/// <summary>A scalar type under construction (spec 3.5).</summary>
public sealed class ScalarTypeBuilder(string name) : TypeBuilder(name)
{
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The coercion rules; when null, a known scalar's rules by name, otherwise values pass through.</summary>
    public ScalarCoercion? Coercion { get; set; }

    public ScalarTypeBuilder SpecifiedBy(string url)
    {
        Directives.RemoveAll(d => d.Name == BuiltInDirectives.SpecifiedByName);
        Directives.Add(BuiltInDirectives.SpecifiedByUsage(url));
        return this;
    }
}
