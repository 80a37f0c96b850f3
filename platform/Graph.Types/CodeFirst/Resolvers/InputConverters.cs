using System.Globalization;
using System.Reflection;

namespace Graph.Types.CodeFirst;

/// <summary>Creates the CLR value of an input object from its coerced fields (compiled once per input type).</summary>
internal sealed class InputObjectFactory
{
    public Func<IReadOnlyDictionary<string, object?>, object>? Create { get; set; }
}

/// <summary>
/// Converts the executor's coerced input values (spec 6.4.1: input objects as dictionaries, lists as arrays, scalars
/// as their coercion's CLR value, enums as their internal value) into the CLR types resolvers declare. The converter
/// for each parameter or input field is composed once when the schema is built; null means the value already fits.
/// </summary>
internal sealed class InputConverters(Func<Type, InputObjectFactory> inputObjects)
{
    private static readonly MethodInfo ToArrayMethod = typeof(InputConverters).GetMethod(nameof(ToArray), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ToListMethod = typeof(InputConverters).GetMethod(nameof(ToList), BindingFlags.NonPublic | BindingFlags.Static)!;

    public Func<object?, object?>? For(Type type, bool isId)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return For(underlying, isId);
        }

        if (ClrTypes.ListElement(type) is { } element)
        {
            return ForList(type, element, isId);
        }

        if (isId)
        {
            return ForId(type);
        }

        if (type == typeof(DateTime))
        {
            return static value => value is DateTimeOffset offset ? offset.UtcDateTime : value;
        }

        if (type == typeof(short) || type == typeof(byte) || type == typeof(sbyte) || type == typeof(ushort) || type == typeof(uint) || type == typeof(float))
        {
            return value => value is null || value.GetType() == type ? value : Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
        }

        if (!type.IsEnum && !type.IsPrimitive && (type.IsClass || type.IsValueType) && !IsScalar(type))
        {
            var factory = inputObjects(type);
            return value => value is IReadOnlyDictionary<string, object?> fields ? factory.Create!(fields) : value;
        }

        return null;
    }

    private static Func<object?, object?> ForId(Type type)
    {
        if (type == typeof(Guid))
        {
            return static value => value is string s ? ParseId<Guid>(s, Guid.TryParse, "a UUID") : value;
        }

        if (type == typeof(int))
        {
            return static value => value is string s ? ParseId(s, (string t, out int r) => int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out r), "an Int") : value;
        }

        if (type == typeof(long))
        {
            return static value => value is string s ? ParseId(s, (string t, out long r) => long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out r), "a Long") : value;
        }

        return static value => value;
    }

    private delegate bool TryParse<T>(string text, out T result);

    private static object ParseId<T>(string text, TryParse<T> parse, string expected) => parse(text, out var result)
        ? result!
        : throw new CoercionException($"ID \"{Shorten(text)}\" is not {expected}.", CoercionException.InvalidIdCode);

    // The text is the caller's: an error message repeats at most a recognisable prefix of it.
    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";

    private Func<object?, object?> ForList(Type listType, Type element, bool isId)
    {
        var item = For(element, isId);
        var method = listType.IsArray || listType.IsInterface ? ToArrayMethod : ToListMethod;
        if (!listType.IsArray && !listType.IsInterface && listType != typeof(List<>).MakeGenericType(element))
        {
            throw new NotSupportedException($"{listType} is not supported as an input list; use an array, List<T> or IReadOnlyList<T>.");
        }

        var convert = method.MakeGenericMethod(element).CreateDelegate<Func<object?, Func<object?, object?>?, object?>>();
        return value => convert(value, item);
    }

    private static object? ToArray<T>(object? value, Func<object?, object?>? item)
    {
        if (value is not object?[] items)
        {
            return value;
        }

        var result = new T[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var converted = item is null ? items[i] : item(items[i]);
            result[i] = converted is null ? default! : (T)converted;
        }

        return result;
    }

    private static object? ToList<T>(object? value, Func<object?, object?>? item) =>
        ToArray<T>(value, item) is T[] array ? new List<T>(array) : value;

    private static bool IsScalar(Type type) =>
        type == typeof(string) || type == typeof(decimal) || type == typeof(Guid) || type == typeof(DateTimeOffset)
        || type == typeof(DateOnly) || type == typeof(Uri) || type == typeof(System.Text.Json.JsonElement);
}
