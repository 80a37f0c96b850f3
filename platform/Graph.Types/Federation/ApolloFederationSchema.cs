using System.Runtime.CompilerServices;
using Graph.Types.Resolvers;

namespace Graph.Types.Federation;

/// <summary>
/// Adds the Apollo Federation v2 subgraph additions to a schema (subgraph specification, "Subgraph schema additions"):
/// <c>scalar _Any</c>, <c>type _Service { sdl: String! }</c>, <c>Query._service: _Service!</c> and, when the schema has
/// entity types (object types with <c>@key</c>), <c>union _Entity</c> of them and
/// <c>Query._entities(representations: [_Any!]!): [_Entity]!</c>. The additions are made when the schema is built,
/// after code-first types are inferred, so every entity is known. The executor supplies the resolution of
/// <c>_entities</c> (it runs the lookups through their field pipelines).
/// </summary>
public static class ApolloFederationSchema
{
    private static readonly object ServiceValue = new();

    // Builders the additions are registered on: registering twice (AddApolloFederation called again) adds them once.
    private static readonly ConditionalWeakTable<SchemaBuilder, object> Registered = new();

    /// <summary>Registers the additions on <paramref name="builder"/>; they are added by its next <c>Build()</c>. A second call is ignored.</summary>
    /// <param name="builder">The subgraph's schema.</param>
    /// <param name="resolveEntities">The resolver of <c>Query._entities</c>.</param>
    /// <param name="resolveEntityType">The type resolver of <c>_Entity</c> for the values it returns.</param>
    public static SchemaBuilder AddTo(SchemaBuilder builder, FieldResolver resolveEntities, TypeResolver resolveEntityType)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(resolveEntities);
        ArgumentNullException.ThrowIfNull(resolveEntityType);
        if (Registered.TryAdd(builder, ServiceValue))
        {
            builder.BeforeAssemble.Add(b => Extend(b, resolveEntities, resolveEntityType));
        }

        return builder;
    }

    private static void Extend(SchemaBuilder builder, FieldResolver resolveEntities, TypeResolver resolveEntityType)
    {
        var queryName = builder.QueryTypeName ?? "Query";
        if (builder.FindType(queryName) is null)
        {
            builder.AddType(new ObjectTypeBuilder(queryName));
        }

        if (builder.FindType(queryName) is not ObjectTypeBuilder query)
        {
            // Not an object type: the schema's own validation reports it.
            return;
        }

        // Collected before the additions, which have no @key.
        var entityTypes = builder.Types.OfType<ObjectTypeBuilder>()
            .Where(t => t.Directives.Exists(d => d.Name == CompositeDirectives.KeyName))
            .Select(t => t.Name)
            .ToArray();

        // Every subgraph has these additions: in the composite schemas export (graph compose), the fields and _Service are
        // @internal (local to each source schema, never merged or exposed, spec 2 "@internal"), and _Any and _Entity,
        // which cannot be internal, @inaccessible (hidden from the composite schema, spec 2 "@inaccessible").
        builder.AddCompositeDirectives();
        builder.AddType(new ScalarTypeBuilder(FederationNames.AnyScalar)
        {
            Coercion = new JsonCoercion(),
            Description = "An entity representation: `__typename` and the entity's key fields (Apollo Federation).",
        }.Inaccessible());
        builder.AddObjectType(FederationNames.ServiceType, service => service
            .Describe("This subgraph as Apollo Federation gateways compose it.")
            .Internal()
            .Field(FederationNames.SdlField, "String!", sdl => sdl
                .Describe("The subgraph's schema in Apollo Federation v2 SDL, without the federation additions.")
                .Resolve(static context => new ValueTask<object?>(FederationSdl.Print(context.Schema)))));
        query.Field(FederationNames.ServiceField, FederationNames.ServiceType + "!", field => field
            .Describe("The subgraph's federation metadata (Apollo Federation).")
            .Internal()
            .Resolve(static _ => new ValueTask<object?>(ServiceValue)));

        if (entityTypes.Length == 0)
        {
            return;
        }

        builder.AddType(new UnionTypeBuilder(FederationNames.EntityUnion)
        {
            Description = "Every entity type of this subgraph (object types with @key).",
            ResolveType = resolveEntityType,
        }.Members(entityTypes).Inaccessible());
        query.Field(FederationNames.EntitiesField, "[" + FederationNames.EntityUnion + "]!", field => field
            .Describe("The entities of the representations, in their order; null where the lookup found none (Apollo Federation).")
            .Argument(FederationNames.RepresentationsArgument, "[" + FederationNames.AnyScalar + "!]!")
            .Internal()
            .Resolve(resolveEntities));
    }
}
