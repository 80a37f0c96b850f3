namespace Graph.Types;

/// <summary>
/// Any type of the schema: a named type or a wrapping type (spec 3.4 "Types", 3.4.1 "Wrapping Types").
/// <see cref="object.ToString"/> prints the type reference as in SDL (<c>[Int!]!</c>).
/// </summary>
public interface IType
{
    TypeKind Kind { get; }
}

/// <summary>A named type: scalar, object, interface, union, enum or input object.</summary>
public interface INamedType : IType, IHasAppliedDirectives
{
    string Name { get; }

    string? Description { get; }

    /// <summary>True for the scalars and introspection types the specification defines.</summary>
    bool IsBuiltIn { get; }

    /// <summary>Where the type was defined in SDL; null when built in code.</summary>
    Graph.Language.Location? Location { get; }
}

/// <summary>A schema element that carries applied directives (spec 3.13 "Directives").</summary>
public interface IHasAppliedDirectives
{
    DirectiveUsageList Directives { get; }
}

/// <summary>An object or interface type: the types that declare fields and implement interfaces.</summary>
public interface IComplexType : INamedType
{
    NamedList<OutputField> Fields { get; }

    IReadOnlyList<InterfaceType> Interfaces { get; }
}

/// <summary>An interface or union type: a type whose runtime value is one of several object types.</summary>
public interface IAbstractType : INamedType
{
    /// <summary>Decides the object type of a resolved value; null when the default applies.</summary>
    Resolvers.TypeResolver? ResolveType { get; }
}
