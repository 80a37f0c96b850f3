using Graph.Types;

namespace Graph.Execution.Coercion;

/// <summary>
/// Input coercion of external values (spec 3.5, 3.9, 3.10, 3.11, 3.12 "Input Coercion"; graphql-js coerceInputValue and
/// validateInputValue): every problem is reported with its path inside the value, and the value is valid only when
/// none was reported. Input objects become dictionaries, enum values their internal value, lists arrays.
/// </summary>
internal static class InputValueCoercion
{
    public delegate void ErrorHandler(string message, InputPath? path);

    /// <summary>Coerces <paramref name="value"/> (present, maybe null) to <paramref name="type"/>; false when an error was reported.</summary>
    public static bool TryCoerce(object? value, IType type, ErrorHandler onError, out object? result) =>
        TryCoerce(value, type, onError, null, out result);

    private static bool TryCoerce(object? value, IType type, ErrorHandler onError, InputPath? path, out object? result)
    {
        result = null;
        if (type is NonNullType nonNull)
        {
            if (ExternalValues.IsNull(value))
            {
                onError($"Expected value of non-null type \"{type}\" not to be null.", path);
                return false;
            }

            return TryCoerce(value, nonNull.OfType, onError, path, out result);
        }

        if (ExternalValues.IsNull(value))
        {
            return true;
        }

        return type switch
        {
            ListType list => TryCoerceList(value, list, onError, path, out result),
            InputObjectType input => TryCoerceObject(value, input, onError, path, out result),
            EnumType enumType => TryCoerceEnum(value, enumType, onError, path, out result),
            ScalarType scalar => TryCoerceScalar(value, scalar, onError, path, out result),
            _ => throw new InvalidOperationException($"Type {type} is not an input type."),
        };
    }

    // Spec 3.11 "List" input coercion: a non-list value is coerced as a list of one.
    private static bool TryCoerceList(object? value, ListType list, ErrorHandler onError, InputPath? path, out object? result)
    {
        if (!ExternalValues.TryGetList(value, out var items))
        {
            var ok = TryCoerce(value, list.OfType, onError, path, out var item);
            result = ok ? new[] { item } : null;
            return ok;
        }

        var coerced = new object?[items.Count];
        var valid = true;
        for (var i = 0; i < items.Count; i++)
        {
            valid &= TryCoerce(items[i], list.OfType, onError, InputPath.Add(path, i), out coerced[i]);
        }

        result = valid ? coerced : null;
        return valid;
    }

    // Spec 3.10 "Input Objects" input coercion and 3.10.1 "OneOf Input Objects".
    private static bool TryCoerceObject(object? value, InputObjectType type, ErrorHandler onError, InputPath? path, out object? result)
    {
        result = null;
        if (!ExternalValues.TryGetObject(value, out var entries))
        {
            onError($"Expected value of type \"{type.Name}\" to be an object, found: {ValueInspector.Inspect(value)}.", path);
            return false;
        }

        var given = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, fieldValue) in entries)
        {
            given.TryAdd(key, fieldValue);
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        var valid = true;
        foreach (var field in type.Fields)
        {
            if (!given.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.DefaultValue is { } defaultValue)
                {
                    coerced[field.Name] = LiteralCoercion.CoerceConstant(defaultValue, field.Type);
                }
                else if (field.Type is NonNullType)
                {
                    onError($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {ValueInspector.Inspect(value)}.", path);
                    valid = false;
                }

                continue;
            }

            valid &= TryCoerce(fieldValue, field.Type, onError, InputPath.Add(path, field.Name), out var coercedField);
            coerced[field.Name] = coercedField;
        }

        var known = new List<string>();
        foreach (var key in given.Keys)
        {
            if (type.Fields.ContainsName(key))
            {
                known.Add(key);
                continue;
            }

            var suggestion = Suggestions.DidYouMean(key, type.Fields.Select(f => f.Name));
            onError($"Expected value of type \"{type.Name}\" not to include unknown field \"{key}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {ValueInspector.Inspect(value)}.", path);
            valid = false;
        }

        if (type.IsOneOf)
        {
            if (known.Count != 1)
            {
                onError(OneOfMessage(type), path);
                valid = false;
            }
            else if (ExternalValues.IsNull(given[known[0]]))
            {
                onError(OneOfMessage(type), InputPath.Add(path, known[0]));
                valid = false;
            }
        }

        result = valid ? coerced : null;
        return valid;
    }

    private static bool TryCoerceEnum(object? value, EnumType type, ErrorHandler onError, InputPath? path, out object? result)
    {
        result = null;
        if (ExternalValues.AsString(value) is not { } name)
        {
            var text = ValueInspector.Inspect(value);
            onError($"Enum \"{type.Name}\" cannot represent non-string value: {text}.{Suggestions.DidYouMean(text, type.Values.Select(v => v.Name))}", path);
            return false;
        }

        if (type.Values.Find(name) is not { } enumValue)
        {
            onError($"Value \"{name}\" does not exist in \"{type.Name}\" enum.{Suggestions.DidYouMean(name, type.Values.Select(v => v.Name))}", path);
            return false;
        }

        result = enumValue.Value;
        return true;
    }

    private static bool TryCoerceScalar(object? value, ScalarType scalar, ErrorHandler onError, InputPath? path, out object? result)
    {
        result = null;
        try
        {
            result = scalar.CoerceInputValue(value);
            return true;
        }
        catch (CoercionException ex)
        {
            onError(ex.Message, path);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException or InvalidOperationException)
        {
            onError($"Expected value of type \"{scalar.Name}\", but encountered error \"{ex.Message}\"; found: {ValueInspector.Inspect(value)}.", path);
        }

        return false;
    }

    public static string OneOfMessage(InputObjectType type) =>
        $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.";
}
