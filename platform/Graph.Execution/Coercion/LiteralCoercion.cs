using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Coercion;

/// <summary>A literal that cannot be coerced: the message, the offending value node and the path inside the value.</summary>
internal sealed class LiteralCoercionException(string message, SyntaxNode node, InputPath? path) : Exception(message)
{
    public SyntaxNode Node { get; } = node;

    public InputPath? InputPath { get; } = path;
}

/// <summary>
/// Input coercion of literals (spec 3.x "Input Coercion", graphql-js coerceInputLiteral / validateInputLiteral):
/// variables are read from the coerced variable values, a variable that was not provided counts as absent.
/// </summary>
internal static class LiteralCoercion
{
    /// <summary>Coerces a default value literal (no variables); defaults were validated with the schema.</summary>
    public static object? CoerceConstant(ValueNode literal, IType type) => Coerce(literal, type, VariableValues.Empty, null);

    /// <summary>Coerces <paramref name="literal"/> to <paramref name="type"/> or throws <see cref="LiteralCoercionException"/>.</summary>
    public static object? Coerce(ValueNode literal, IType type, VariableValues variables) => Coerce(literal, type, variables, null);

    private static object? Coerce(ValueNode literal, IType type, VariableValues variables, InputPath? path)
    {
        if (literal is VariableNode variable)
        {
            var name = variable.Name.Value;
            var provided = variables.TryGetValue(name, out var value);
            if (type is NonNullType)
            {
                if (!provided)
                {
                    throw new LiteralCoercionException($"Expected variable \"${name}\" provided to type \"{type}\" to provide a runtime value.", literal, path);
                }

                if (value is null)
                {
                    throw new LiteralCoercionException($"Expected variable \"${name}\" provided to non-null type \"{type}\" not to be null.", literal, path);
                }
            }

            return value;
        }

        if (type is NonNullType nonNull)
        {
            return literal is NullValueNode
                ? throw new LiteralCoercionException($"Expected value of non-null type \"{type}\" not to be null.", literal, path)
                : Coerce(literal, nonNull.OfType, variables, path);
        }

        if (literal is NullValueNode)
        {
            return null;
        }

        return type switch
        {
            ListType list => CoerceList(literal, list, variables, path),
            InputObjectType input => CoerceObject(literal, input, variables, path),
            EnumType enumType => CoerceEnum(literal, enumType, path),
            ScalarType scalar => CoerceScalar(literal, scalar, variables, path),
            _ => throw new InvalidOperationException($"Type {type} is not an input type."),
        };
    }

    // Spec 3.11: a list literal item that is a missing variable becomes null; a single value is a list of one.
    private static object?[] CoerceList(ValueNode literal, ListType list, VariableValues variables, InputPath? path)
    {
        if (literal is not ListValueNode listNode)
        {
            return [Coerce(literal, list.OfType, variables, path)];
        }

        var items = new object?[listNode.Values.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var item = listNode.Values[i];
            if (item is VariableNode v && !variables.ContainsKey(v.Name.Value) && list.OfType is not NonNullType)
            {
                items[i] = null;
                continue;
            }

            items[i] = Coerce(item, list.OfType, variables, InputPath.Add(path, i));
        }

        return items;
    }

    // Spec 3.10 input coercion of an object literal, 3.10.1 for OneOf input objects.
    private static Dictionary<string, object?> CoerceObject(ValueNode literal, InputObjectType type, VariableValues variables, InputPath? path)
    {
        if (literal is not ObjectValueNode objectNode)
        {
            throw new LiteralCoercionException($"Expected value of type \"{type.Name}\" to be an object, found: {SyntaxPrinter.Print(literal)}.", literal, path);
        }

        foreach (var fieldNode in objectNode.Fields)
        {
            if (!type.Fields.ContainsName(fieldNode.Name.Value))
            {
                var suggestion = Suggestions.DidYouMean(fieldNode.Name.Value, type.Fields.Select(f => f.Name));
                throw new LiteralCoercionException(
                    $"Expected value of type \"{type.Name}\" not to include unknown field \"{fieldNode.Name.Value}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {SyntaxPrinter.Print(literal)}.",
                    fieldNode, path);
            }
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var fieldNode = objectNode.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            var missingVariable = fieldNode?.Value is VariableNode v && !variables.ContainsKey(v.Name.Value);
            if (type.IsOneOf && fieldNode?.Value is VariableNode oneOfVariable)
            {
                var name = oneOfVariable.Name.Value;
                if (missingVariable)
                {
                    throw new LiteralCoercionException($"Expected variable \"${name}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type.Name}\" to provide a runtime value.", literal, path);
                }

                if (variables.TryGetValue(name, out var variableValue) && variableValue is null)
                {
                    throw new LiteralCoercionException($"Expected variable \"${name}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type.Name}\" not to be null.", literal, path);
                }
            }

            if (fieldNode is null || missingVariable)
            {
                if (field.DefaultValue is { } defaultValue)
                {
                    coerced[field.Name] = CoerceConstant(defaultValue, field.Type);
                }
                else if (field.Type is NonNullType)
                {
                    throw fieldNode is null
                        ? new LiteralCoercionException($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {SyntaxPrinter.Print(literal)}.", literal, path)
                        : new LiteralCoercionException($"Expected variable \"${((VariableNode)fieldNode.Value).Name.Value}\" provided to type \"{field.Type}\" to provide a runtime value.", fieldNode.Value, InputPath.Add(path, field.Name));
                }

                continue;
            }

            coerced[field.Name] = Coerce(fieldNode.Value, field.Type, variables, InputPath.Add(path, field.Name));
        }

        if (type.IsOneOf)
        {
            if (objectNode.Fields.Count != 1)
            {
                throw new LiteralCoercionException(InputValueCoercion.OneOfMessage(type), literal, path);
            }

            if (objectNode.Fields[0].Value is NullValueNode)
            {
                throw new LiteralCoercionException(InputValueCoercion.OneOfMessage(type), literal, InputPath.Add(path, objectNode.Fields[0].Name.Value));
            }
        }

        return coerced;
    }

    private static object CoerceEnum(ValueNode literal, EnumType type, InputPath? path)
    {
        var names = type.Values.Select(v => v.Name);
        if (literal is not EnumValueNode enumNode)
        {
            var text = SyntaxPrinter.Print(literal);
            throw new LiteralCoercionException($"Enum \"{type.Name}\" cannot represent non-enum value: {text}.{Suggestions.DidYouMean(text, names)}", literal, path);
        }

        return type.Values.Find(enumNode.Value) is { } value
            ? value.Value
            : throw new LiteralCoercionException($"Value \"{enumNode.Value}\" does not exist in \"{type.Name}\" enum.{Suggestions.DidYouMean(enumNode.Value, names)}", literal, path);
    }

    private static object? CoerceScalar(ValueNode literal, ScalarType scalar, VariableValues variables, InputPath? path)
    {
        try
        {
            return scalar.CoerceInputLiteral(ReplaceVariables(literal, variables));
        }
        catch (CoercionException ex)
        {
            throw new LiteralCoercionException(ex.Message, literal, path);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException or InvalidOperationException)
        {
            throw new LiteralCoercionException(
                $"Expected value of type \"{scalar.Name}\", but encountered error \"{ex.Message}\"; found: {SyntaxPrinter.Print(literal)}.", literal, path);
        }
    }

    // graphql-js replaceVariables: custom scalars (JSON) may hold variables inside list or object literals.
    private static ValueNode ReplaceVariables(ValueNode literal, VariableValues variables) => literal switch
    {
        VariableNode v => variables.TryGetValue(v.Name.Value, out var value) ? LiteralConverter.FromValue(value) : new NullValueNode(),
        ListValueNode list => list.Values.Any(ContainsVariable) ? list with { Values = list.Values.Select(i => ReplaceVariables(i, variables)).ToArray() } : list,
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value))
            ? obj with { Fields = obj.Fields.Select(f => f with { Value = ReplaceVariables(f.Value, variables) }).ToArray() }
            : obj,
        _ => literal,
    };

    private static bool ContainsVariable(ValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };
}
