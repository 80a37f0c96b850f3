using System.Text.Json;
using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Coercion;

/// <summary>Spec 6.1.2 "Coercing Variable Values".</summary>
public static class VariableCoercion
{
    /// <summary>
    /// CoerceVariableValues(schema, operation, variableValues): the request's raw variables (a JSON object) coerced by
    /// each variable definition's type; every problem is a request error located at its variable definition.
    /// </summary>
    public static VariableValues CoerceVariableValues(Schema schema, OperationDefinitionNode operation, JsonElement variables) =>
        CoerceVariableValues(schema, operation, ByName(variables));

    /// <summary>The request's variables by name (a name given twice: its last value, as JSON parsers do); null unless an object.</summary>
    private static Dictionary<string, object?>? ByName(JsonElement variables)
    {
        if (variables.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var byName = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in variables.EnumerateObject())
        {
            byName[property.Name] = property.Value;
        }

        return byName;
    }

    /// <inheritdoc cref="CoerceVariableValues(Schema, OperationDefinitionNode, JsonElement)"/>
    public static VariableValues CoerceVariableValues(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.VariableDefinitions.Count == 0)
        {
            return VariableValues.Empty;
        }

        var errors = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType())
            {
                errors.Add(new GraphQLError(
                    $"Variable \"${name}\" expected value of type \"{SyntaxPrinter.Print(definition.Type)}\" which cannot be used as an input type.",
                    GraphQLError.LocationsOf(definition.Type)));
                continue;
            }

            object? value = null;
            var hasValue = variables is not null && variables.TryGetValue(name, out value)
                && value is not JsonElement { ValueKind: JsonValueKind.Undefined };
            if (!hasValue)
            {
                if (definition.DefaultValue is { } defaultValue)
                {
                    CoerceDefault(name, definition, defaultValue, type, coerced, errors);
                    continue;
                }

                if (type is not NonNullType)
                {
                    continue;
                }

                errors.Add(new GraphQLError(
                    $"Variable \"${name}\" has invalid value: Expected a value of non-null type \"{type}\" to be provided.",
                    GraphQLError.LocationsOf(definition), extensions: BadInput));
                continue;
            }

            if (InputValueCoercion.TryCoerce(value, type, (message, path) => errors.Add(new GraphQLError(
                    $"Variable \"${name}\" has invalid value{InputPath.Print(path)}: {message}",
                    GraphQLError.LocationsOf(definition), extensions: BadInput)), out var result))
            {
                coerced[name] = result;
            }
        }

        return errors.Count > 0 ? throw new GraphQLRequestException(errors) : new VariableValues(coerced);
    }

    /// <summary>The schema type a type reference names (graphql-js typeFromAST); null when a named type is unknown.</summary>
    public static IType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.FindType(named.Name.Value),
        _ => null,
    };

    private static readonly IReadOnlyDictionary<string, object?> BadInput =
        new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = ErrorCodes.InvalidVariables };

    private static void CoerceDefault(string name, VariableDefinitionNode definition, ValueNode defaultValue, IType type, Dictionary<string, object?> coerced, List<GraphQLError> errors)
    {
        try
        {
            coerced[name] = LiteralCoercion.CoerceConstant(defaultValue, type);
        }
        catch (LiteralCoercionException ex)
        {
            errors.Add(new GraphQLError(
                $"Variable \"${name}\" has invalid default value{InputPath.Print(ex.InputPath)}: {ex.Message}",
                GraphQLError.LocationsOf(definition), extensions: BadInput));
        }
    }
}
