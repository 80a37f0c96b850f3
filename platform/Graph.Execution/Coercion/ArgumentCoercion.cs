using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Coercion;

/// <summary>Spec 6.4.1 "Coercing Field Arguments".</summary>
public static class ArgumentCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>
    /// CoerceArgumentValues(objectType, field, variableValues): literals, variables and defaults coerced by each
    /// argument definition. An absent argument without default is left out (not null); throws
    /// <see cref="GraphQLException"/>-like <see cref="ArgumentCoercionException"/> with the node's location.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        NamedList<Argument> definitions, IReadOnlyList<ArgumentNode> arguments, SyntaxNode node, VariableValues variables)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(arguments);
        if (definitions.Count == 0)
        {
            return NoArguments;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            ArgumentNode? argument = null;
            foreach (var candidate in arguments)
            {
                if (candidate.Name.Value == definition.Name)
                {
                    argument = candidate;
                    break;
                }
            }

            var absent = argument is null
                || (argument.Value is VariableNode variable && !variables.ContainsKey(variable.Name.Value) && !definition.IsRequired);
            if (absent)
            {
                if (definition.DefaultValue is { } defaultValue)
                {
                    coerced[definition.Name] = LiteralCoercion.CoerceConstant(defaultValue, definition.Type);
                }
                else if (definition.IsRequired)
                {
                    throw new ArgumentCoercionException(
                        $"Argument \"{definition.Coordinate}\" of required type \"{definition.Type}\" was not provided.", node);
                }

                continue;
            }

            try
            {
                coerced[definition.Name] = LiteralCoercion.Coerce(argument!.Value, definition.Type, variables);
            }
            catch (LiteralCoercionException ex)
            {
                throw new ArgumentCoercionException(
                    $"Argument \"{definition.Coordinate}\" has invalid value{InputPath.Print(ex.InputPath)}: {ex.Message}", ex.Node);
            }
        }

        return coerced;
    }
}

/// <summary>An argument that cannot be coerced (spec 6.4.1): a field error located at <see cref="Node"/>.</summary>
public sealed class ArgumentCoercionException : Exception
{
    public ArgumentCoercionException(string message, SyntaxNode node)
        : base(message) => Node = node;

    public ArgumentCoercionException()
        : base("Invalid argument.") => Node = new NullValueNode();

    public ArgumentCoercionException(string message)
        : this(message, new NullValueNode())
    {
    }

    public ArgumentCoercionException(string message, Exception innerException)
        : base(message, innerException) => Node = new NullValueNode();

    public SyntaxNode Node { get; }
}
