using Graph.Language;
using Graph.Types;

namespace Graph.Fusion.Composition.Rules.SourceSchemas;

/// <summary>
/// Composite Schemas spec 4.1.1 "Invalid GraphQL" (<c>INVALID_GRAPHQL</c>): the source schema must parse and be a valid
/// GraphQL schema: no duplicate types, no reference to an undefined type, directives known and given their required
/// arguments, enum default values that exist.
/// </summary>
internal sealed class InvalidGraphQLRule : SourceSchemaRule
{
    protected override void Validate(SourceSchema schema, CompositionContext context)
    {
        if (schema.SyntaxError is not null)
        {
            context.Report("INVALID_GRAPHQL", $"The source schema '{schema.Name}' has a syntax error: {schema.SyntaxError}", schema.Name);
            return;
        }

        var before = context.Errors.Count;
        foreach (var duplicate in schema.DuplicateTypes.Distinct())
        {
            context.Report("INVALID_GRAPHQL", $"The type '{duplicate}' is defined more than once in source schema '{schema.Name}'.", schema.Name);
        }

        foreach (var type in schema.Types.Values)
        {
            CheckDirectives(schema, type.Name.Value, type, context);
            foreach (var field in type.Fields())
            {
                var coordinate = $"{type.Name.Value}.{field.Name.Value}";
                CheckType(schema, coordinate, field.Type, context);
                CheckDirectives(schema, coordinate, field, context);
                foreach (var argument in field.Arguments)
                {
                    CheckInputValue(schema, $"{coordinate}({argument.Name.Value}:)", argument, context);
                }
            }

            foreach (var implemented in type.Interfaces())
            {
                if (schema.Type(implemented.Name.Value) is not InterfaceTypeDefinitionNode)
                {
                    context.Report("INVALID_GRAPHQL", $"The type '{type.Name.Value}' in source schema '{schema.Name}' implements '{implemented.Name.Value}', which is not an interface of that schema.", schema.Name);
                }
            }

            switch (type)
            {
                case UnionTypeDefinitionNode union:
                    foreach (var member in union.Types.Where(m => schema.Type(m.Name.Value) is not ObjectTypeDefinitionNode))
                    {
                        context.Report("INVALID_GRAPHQL", $"The union '{union.Name.Value}' in source schema '{schema.Name}' has member '{member.Name.Value}', which is not an object type of that schema.", schema.Name);
                    }

                    break;
                case InputObjectTypeDefinitionNode input:
                    foreach (var field in input.Fields)
                    {
                        CheckInputValue(schema, $"{input.Name.Value}.{field.Name.Value}", field, context);
                    }

                    break;
                case EnumTypeDefinitionNode enumType:
                    foreach (var value in enumType.Values)
                    {
                        CheckDirectives(schema, $"{enumType.Name.Value}.{value.Name.Value}", value, context);
                    }

                    break;
            }
        }

        if (context.Errors.Count == before && schema.QueryTypeName is not null)
        {
            ValidateWithTheEngine(schema, context);
        }
    }

    /// <summary>The engine's own type system validation (GraphQL spec 3, e.g. interface implementations) on a schema that passed the checks above.</summary>
    private static void ValidateWithTheEngine(SourceSchema schema, CompositionContext context)
    {
        try
        {
            new SchemaBuilder().AddDocument(schema.Document).AddCompositeDirectives().Build();
        }
        catch (SchemaValidationException invalid)
        {
            foreach (var error in invalid.Errors)
            {
                context.Report("INVALID_GRAPHQL", $"Source schema '{schema.Name}' is not a valid GraphQL schema: {error.Message}", schema.Name);
            }
        }
    }

    private static void CheckInputValue(SourceSchema schema, string coordinate, InputValueDefinitionNode value, CompositionContext context)
    {
        CheckType(schema, coordinate, value.Type, context);
        CheckDirectives(schema, coordinate, value, context);
        if (value.DefaultValue is null)
        {
            return;
        }

        if (value.DefaultValue is NullValueNode && value.Type.IsNonNull())
        {
            context.Report("INVALID_GRAPHQL", $"The default value of '{coordinate}' in source schema '{schema.Name}' is null, but its type '{value.Type.Print()}' is non-null.", schema.Name);
        }

        if (schema.Type(value.Type.NamedType()) is EnumTypeDefinitionNode enumType && !value.Type.IsListType()
            && value.DefaultValue is not NullValueNode
            && (value.DefaultValue is not EnumValueNode literal || enumType.Values.All(v => v.Name.Value != literal.Value)))
        {
            context.Report("INVALID_GRAPHQL", $"The default value {value.DefaultValue.PrintValue()} of '{coordinate}' in source schema '{schema.Name}' is not a value of enum '{enumType.Name.Value}'.", schema.Name);
        }
    }

    private static void CheckType(SourceSchema schema, string coordinate, TypeNode type, CompositionContext context)
    {
        var name = type.NamedType();
        if (!SyntaxFacts.BuiltInScalars.Contains(name) && !SyntaxFacts.CompositeScalars.Contains(name) && schema.Type(name) is null)
        {
            context.Report("INVALID_GRAPHQL", $"'{coordinate}' in source schema '{schema.Name}' references the type '{name}', which is not defined.", schema.Name);
        }
    }

    private static void CheckDirectives(SourceSchema schema, string coordinate, IHasDirectives node, CompositionContext context)
    {
        foreach (var directive in node.Directives)
        {
            var name = directive.Name.Value;
            if (schema.DirectiveDefinitions.TryGetValue(name, out var definition))
            {
                foreach (var required in definition.Arguments.Where(a => a.Type.IsNonNull() && a.DefaultValue is null))
                {
                    if (directive.Argument(required.Name.Value) is null)
                    {
                        context.Report("INVALID_GRAPHQL", $"The directive @{name} on '{coordinate}' in source schema '{schema.Name}' is missing its required argument '{required.Name.Value}'.", schema.Name);
                    }
                }
            }
            else if (!SyntaxFacts.CompositionDirectives.Contains(name) && !SyntaxFacts.BuiltInDirectives.Contains(name))
            {
                context.Report("INVALID_GRAPHQL", $"The directive @{name} on '{coordinate}' in source schema '{schema.Name}' is not defined.", schema.Name);
            }
        }
    }
}

/// <summary>
/// Composite Schemas spec 4.1.1 "Disallowed Inaccessible Elements" (<c>DISALLOWED_INACCESSIBLE</c>): built-in scalars,
/// introspection types and the arguments of built-in directives cannot be <c>@inaccessible</c>.
/// </summary>
internal sealed class DisallowedInaccessibleRule : SourceSchemaRule
{
    protected override void Validate(SourceSchema schema, CompositionContext context)
    {
        foreach (var type in schema.Types.Values)
        {
            var name = type.Name.Value;
            if (!SyntaxFacts.BuiltInScalars.Contains(name) && !name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            var inaccessible = type.IsInaccessible()
                || type.Fields().Any(f => f.IsInaccessible() || f.Arguments.Any(a => a.IsInaccessible()));
            if (inaccessible)
            {
                context.Report("DISALLOWED_INACCESSIBLE", $"The built-in type '{name}' in source schema '{schema.Name}' (or one of its fields or arguments) is marked @inaccessible.", schema.Name);
            }
        }

        foreach (var directive in schema.DirectiveDefinitions.Values.Where(d => SyntaxFacts.BuiltInDirectives.Contains(d.Name.Value)))
        {
            if (directive.Arguments.Any(a => a.IsInaccessible()))
            {
                context.Report("DISALLOWED_INACCESSIBLE", $"An argument of the built-in directive @{directive.Name.Value} in source schema '{schema.Name}' is marked @inaccessible.", schema.Name);
            }
        }
    }
}

/// <summary>
/// Composite Schemas spec 4.1.1 "Type Definition Invalid" (<c>TYPE_DEFINITION_INVALID</c>): a source schema that declares
/// the spec's own types or directives must declare them with the spec's kind and required arguments.
/// </summary>
internal sealed class TypeDefinitionInvalidRule : SourceSchemaRule
{
    private static readonly Dictionary<string, (string Argument, string Type)[]> ExpectedDirectives = new(StringComparer.Ordinal)
    {
        ["key"] = [("fields", "FieldSelectionSet!")],
        ["provides"] = [("fields", "FieldSelectionSet!")],
        ["require"] = [("field", "FieldSelectionMap!")],
        ["is"] = [("field", "FieldSelectionMap!")],
        ["override"] = [("from", "String!")],
        ["lookup"] = [],
        ["internal"] = [],
        ["inaccessible"] = [],
        ["shareable"] = [],
        ["external"] = [],
    };

    protected override void Validate(SourceSchema schema, CompositionContext context)
    {
        foreach (var name in SyntaxFacts.CompositeScalars)
        {
            if (schema.Type(name) is { } type and not ScalarTypeDefinitionNode)
            {
                context.Report("TYPE_DEFINITION_INVALID", $"The type '{name}' in source schema '{schema.Name}' is declared as {type.KindName()}; the composite schemas spec defines it as a scalar.", schema.Name);
            }
        }

        foreach (var (name, arguments) in ExpectedDirectives)
        {
            if (!schema.DirectiveDefinitions.TryGetValue(name, out var definition))
            {
                continue;
            }

            foreach (var (argument, expectedType) in arguments)
            {
                var actual = definition.Arguments.FirstOrDefault(a => a.Name.Value == argument);
                if (actual is null || actual.Type.Print() != expectedType)
                {
                    context.Report("TYPE_DEFINITION_INVALID", $"The directive @{name} in source schema '{schema.Name}' must declare the argument '{argument}: {expectedType}'.", schema.Name);
                }
            }
        }
    }
}

/// <summary>Composite Schemas spec 4.1.1 "Query Root Type Inaccessible" (<c>QUERY_ROOT_TYPE_INACCESSIBLE</c>).</summary>
internal sealed class QueryRootTypeInaccessibleRule : SourceSchemaRule
{
    protected override void Validate(SourceSchema schema, CompositionContext context)
    {
        if (schema.QueryTypeName is { } name && schema.Type(name) is { } query && query.IsInaccessible())
        {
            context.Report("QUERY_ROOT_TYPE_INACCESSIBLE", $"The root query type '{name}' of source schema '{schema.Name}' is marked @inaccessible.", schema.Name);
        }
    }
}

/// <summary>Shared check of the "Root ... Used" rules (spec 4.1.1): the root type has the default name, and no other type takes that name.</summary>
internal abstract class RootTypeNameRule(OperationType operation, string defaultName, string code) : SourceSchemaRule
{
    protected override void Validate(SourceSchema schema, CompositionContext context)
    {
        var root = operation switch
        {
            OperationType.Query => schema.QueryTypeName,
            OperationType.Mutation => schema.MutationTypeName,
            _ => schema.SubscriptionTypeName,
        };
        if (root is not null && root != defaultName)
        {
            context.Report(code, $"The root {operation.ToKeyword()} type of source schema '{schema.Name}' is named '{root}'; it must be named '{defaultName}'.", schema.Name);
        }
        else if (root is null && schema.Type(defaultName) is not null)
        {
            context.Report(code, $"Source schema '{schema.Name}' defines a type '{defaultName}' that is not its root {operation.ToKeyword()} type.", schema.Name);
        }
    }
}

/// <summary>Composite Schemas spec 4.1.1 "Root Mutation Used" (<c>ROOT_MUTATION_USED</c>).</summary>
internal sealed class RootMutationUsedRule() : RootTypeNameRule(OperationType.Mutation, "Mutation", "ROOT_MUTATION_USED");

/// <summary>Composite Schemas spec 4.1.1 "Root Query Used" (<c>ROOT_QUERY_USED</c>).</summary>
internal sealed class RootQueryUsedRule() : RootTypeNameRule(OperationType.Query, "Query", "ROOT_QUERY_USED");

/// <summary>Composite Schemas spec 4.1.1 "Root Subscription Used" (<c>ROOT_SUBSCRIPTION_USED</c>).</summary>
internal sealed class RootSubscriptionUsedRule() : RootTypeNameRule(OperationType.Subscription, "Subscription", "ROOT_SUBSCRIPTION_USED");
