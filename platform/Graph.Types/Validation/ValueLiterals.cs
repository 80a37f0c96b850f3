using System.Collections;
using System.Text.Json;
using Graph.Language;

namespace Graph.Types;

/// <summary>
/// Literals for input types: internal values to literals (default values given in code), and the validation of
/// constant literals against an input type (spec 3.10 "Input Coercion" and each type's rules), as graphql-js's
/// <c>validateInputLiteral</c> does for default values and applied directive arguments.
/// </summary>
public static class ValueLiterals
{
    /// <summary>The literal for an internal value of <paramref name="type"/> (graphql-js <c>valueToLiteral</c>).</summary>
    public static ValueNode FromInternalValue(object? value, IType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type is NonNullType nonNull)
        {
            return value is null ? throw new CoercionException($"Expected value of non-null type \"{type}\" not to be null.") : FromInternalValue(value, nonNull.OfType);
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list:
                if (value is JsonElement { ValueKind: JsonValueKind.Array } array)
                {
                    return new ListValueNode(array.EnumerateArray().Select(item => FromInternalValue(item, list.OfType)).ToArray());
                }

                return value is IEnumerable items and not string and not IDictionary
                    ? new ListValueNode(items.Cast<object?>().Select(item => FromInternalValue(item, list.OfType)).ToArray())
                    : FromInternalValue(value, list.OfType);
            case InputObjectType input:
                return new ObjectValueNode(InputFields(value, input).ToArray());
            case EnumType enumType:
                if (enumType.TryGetByRuntimeValue(value, out var enumValue) || (value is string s && enumType.Values.TryGet(s, out enumValue)))
                {
                    return new EnumValueNode(enumValue.Name);
                }

                throw new CoercionException($"Enum \"{enumType.Name}\" cannot represent value: {ValueInspector.Inspect(value)}");
            case ScalarType scalar:
                return scalar.ValueToLiteral(value);
            default:
                throw new CoercionException($"\"{type}\" is not an input type.");
        }
    }

    /// <summary>
    /// The errors of constant literal <paramref name="literal"/> for <paramref name="type"/>, each with the path inside the
    /// value (<c>" at .a[0]"</c> style, empty at the root). Variables are accepted (they are checked at execution).
    /// </summary>
    public static IReadOnlyList<(string Message, string Path)> Validate(ValueNode literal, IType type)
    {
        var errors = new List<(string, string)>();
        Validate(literal, type, string.Empty, errors);
        return errors;
    }

    private static void Validate(ValueNode literal, IType type, string path, List<(string, string)> errors)
    {
        if (literal is VariableNode)
        {
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (literal is NullValueNode)
            {
                errors.Add(($"Expected value of non-null type \"{type}\" not to be null.", path));
                return;
            }

            Validate(literal, nonNull.OfType, path, errors);
            return;
        }

        if (literal is NullValueNode)
        {
            return;
        }

        switch (type)
        {
            case ListType list:
                if (literal is ListValueNode items)
                {
                    for (var i = 0; i < items.Values.Count; i++)
                    {
                        Validate(items.Values[i], list.OfType, $"{path}[{i}]", errors);
                    }
                }
                else
                {
                    Validate(literal, list.OfType, path, errors);
                }

                break;
            case InputObjectType input:
                ValidateInputObject(literal, input, path, errors);
                break;
            case EnumType enumType:
                if (literal is not EnumValueNode enumLiteral)
                {
                    errors.Add(($"Enum \"{enumType.Name}\" cannot represent non-enum value: {SyntaxPrinter.Print(literal)}.", path));
                }
                else if (!enumType.Values.ContainsName(enumLiteral.Value))
                {
                    errors.Add(($"Value \"{enumLiteral.Value}\" does not exist in \"{enumType.Name}\" enum.", path));
                }

                break;
            case ScalarType scalar:
                try
                {
                    scalar.CoerceInputLiteral(literal);
                }
                catch (CoercionException exception)
                {
                    errors.Add((exception.Message, path));
                }

                break;
            default:
                errors.Add(($"\"{type}\" is not an input type.", path));
                break;
        }
    }

    private static void ValidateInputObject(ValueNode literal, InputObjectType input, string path, List<(string, string)> errors)
    {
        if (literal is not ObjectValueNode obj)
        {
            errors.Add(($"Expected value of type \"{input.Name}\" to be an object, found: {SyntaxPrinter.Print(literal)}.", path));
            return;
        }

        foreach (var field in input.Fields)
        {
            var fieldNode = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (fieldNode is null)
            {
                if (field.IsRequired)
                {
                    errors.Add(($"Expected value of type \"{input.Name}\" to include required field \"{field.Name}\", found: {SyntaxPrinter.Print(literal)}.", path));
                }
            }
            else
            {
                Validate(fieldNode.Value, field.Type, $"{path}.{field.Name}", errors);
            }
        }

        var known = 0;
        ObjectFieldNode? single = null;
        foreach (var fieldNode in obj.Fields)
        {
            if (!input.Fields.ContainsName(fieldNode.Name.Value))
            {
                errors.Add(($"Expected value of type \"{input.Name}\" not to include unknown field \"{fieldNode.Name.Value}\", found: {SyntaxPrinter.Print(literal)}.", path));
            }
            else
            {
                known++;
                single = fieldNode;
            }
        }

        // Spec 3.10.1: a OneOf Input Object value has exactly one entry, and it is not null.
        if (input.IsOneOf && (known != 1 || single?.Value is NullValueNode))
        {
            errors.Add(($"Within OneOf Input Object type \"{input.Name}\", exactly one field must be specified, and the value for that field must be non-null.", path));
        }
    }

    private static IEnumerable<ObjectFieldNode> InputFields(object value, InputObjectType input)
    {
        foreach (var field in input.Fields)
        {
            if (TryReadField(value, field, out var fieldValue))
            {
                yield return new ObjectFieldNode(new NameNode(field.Name), FromInternalValue(fieldValue, field.Type));
            }
        }
    }

    private static bool TryReadField(object value, InputField field, out object? fieldValue)
    {
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Object } json when json.TryGetProperty(field.Name, out var property):
                fieldValue = property;
                return true;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(field.Name, out fieldValue);
            case IDictionary dictionary when dictionary.Contains(field.Name):
                fieldValue = dictionary[field.Name];
                return true;
            case JsonElement or IDictionary:
                fieldValue = null;
                return false;
        }

        var property2 = field.RuntimeProperty ?? value.GetType().GetProperty(field.Name,
            System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
        fieldValue = property2?.GetValue(value);
        return property2 is not null && fieldValue is not null;
    }
}
