using Graph.Language;
using Graph.Types.Resolvers;

namespace Graph.Types;

/// <summary>A field of an object or interface type (spec 3.6 "Objects", FieldDefinition).</summary>
public sealed class OutputField : INamedElement, IHasAppliedDirectives
{
    public OutputField(
        string name,
        IType type,
        IEnumerable<Argument>? arguments = null,
        string? description = null,
        DirectiveUsageList? directives = null,
        FieldResolver? resolver = null,
        SubscribeResolver? subscribeResolver = null,
        Location? location = null)
    {
        Name = name;
        Type = type;
        Description = description;
        Directives = directives ?? DirectiveUsageList.Empty;
        DeprecationReason = Deprecation.ReasonOf(Directives);
        Resolver = resolver;
        SubscribeResolver = subscribeResolver;
        Location = location;
        Arguments = new NamedList<Argument>(arguments ?? []);
        foreach (var argument in Arguments)
        {
            argument.DeclaringField = this;
        }
    }

    public string Name { get; }

    public string? Description { get; }

    public IType Type { get; }

    public NamedList<Argument> Arguments { get; }

    public DirectiveUsageList Directives { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The object or interface type that declares this field.</summary>
    public IComplexType DeclaringType { get; internal set; } = null!;

    /// <summary>
    /// Resolves the field's value. Null only for interface fields and introspection fields the executor
    /// implements itself; object fields always have one after <see cref="SchemaBuilder.Build"/>.
    /// </summary>
    public FieldResolver? Resolver { get; }

    /// <summary>For subscription root fields: produces the source event stream.</summary>
    public SubscribeResolver? SubscribeResolver { get; }

    public Location? Location { get; }

    /// <summary>The schema coordinate <c>Type.field</c> (spec 2.13).</summary>
    public string Coordinate => $"{DeclaringType?.Name}.{Name}";

    public override string ToString() => Coordinate;
}
