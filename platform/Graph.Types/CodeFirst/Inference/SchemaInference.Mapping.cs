using System.Reflection;
using System.Text.Json;
using Graph.Language;

namespace Graph.Types.CodeFirst;

internal sealed partial class SchemaInference
{
    /// <summary>The GraphQL type of a member's value (output), or null after reporting why it has none.</summary>
    private TypeNode? OutputType(Type type, NullabilityInfo? info, ICustomAttributeProvider member, string where) =>
        MapType(type, info, member, where, input: false);

    /// <summary>The GraphQL type of an argument or input field, or null after reporting why it has none.</summary>
    private TypeNode? InputType(Type type, NullabilityInfo? info, ICustomAttributeProvider member, string where) =>
        MapType(type, info, member, where, input: true);

    private TypeNode? MapType(Type type, NullabilityInfo? info, ICustomAttributeProvider member, string where, bool input)
    {
        if (Attribute<GraphQLTypeAttribute>(member) is { } explicitType)
        {
            try
            {
                var node = TypeReference.Parse(explicitType.Type);
                _explicitTypes.Add((TypeReference.NamedOf(node).Name.Value, where));
                return node;
            }
            catch (FormatException exception)
            {
                Error($"{where}: [GraphQLType] {exception.Message}");
                return null;
            }
        }

        if (ClrTypes.IsDictionary(type))
        {
            Error($"{where}: dictionaries ({type}) have no GraphQL type; use a list of records, or JsonElement for the JSON scalar.");
            return null;
        }

        var isId = Attribute<IDAttribute>(member) is not null;
        return Wrap(ClrTypes.Shape(type, info), isId, where, input);
    }

    private TypeNode? Wrap(TypeShape shape, bool isId, string where, bool input)
    {
        TypeNode? node;
        if (shape.Element is { } element)
        {
            node = Wrap(element, isId, where, input) is { } item ? TypeReference.List(item) : null;
        }
        else
        {
            node = NamedType(shape.Type, isId, where, input) is { } name ? TypeReference.Named(name) : null;
        }

        return node is null || shape.IsNullable ? node : TypeReference.NonNull(node);
    }

    private string? NamedType(Type type, bool isId, string where, bool input)
    {
        if (isId)
        {
            if (type == typeof(Guid) || type == typeof(int) || type == typeof(long) || type == typeof(string))
            {
                return "ID";
            }

            Error($"{where}: [ID] applies to Guid, int, long and string, not to {type}.");
            return null;
        }

        if (ScalarName(type) is { } scalar)
        {
            if (BuiltInScalars.Find(scalar) is { IsBuiltIn: false })
            {
                _usedProductScalars.Add(scalar);
            }

            return scalar;
        }

        if (type.IsEnum)
        {
            return EnsureEnum(type, where);
        }

        if (type == typeof(object) || type.IsPrimitive || type.IsPointer || type.IsByRef || typeof(Delegate).IsAssignableFrom(type)
            || type.IsGenericTypeDefinition || type.ContainsGenericParameters || IsFrameworkType(type))
        {
            Error($"{where}: {type} has no GraphQL type; use a supported type or [GraphQLType(\"...\")].");
            return null;
        }

        return input ? EnsureInputObject(type, where) : EnsureOutput(type, where);
    }

    /// <summary>The scalar a CLR type maps to by convention (spec 3.5 and the product scalars), or null.</summary>
    public static string? ScalarName(Type type) => type switch
    {
        _ when type == typeof(string) || type == typeof(char) => "String",
        _ when type == typeof(bool) => "Boolean",
        _ when type == typeof(int) || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte) || type == typeof(ushort) => "Int",
        _ when type == typeof(long) || type == typeof(uint) => "Long",
        _ when type == typeof(double) || type == typeof(float) => "Float",
        _ when type == typeof(decimal) => "Decimal",
        _ when type == typeof(Guid) => "UUID",
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "DateTime",
        _ when type == typeof(DateOnly) => "Date",
        _ when type == typeof(Uri) => "URL",
        _ when type == typeof(JsonElement) => "JSON",
        _ => null,
    };

    // Framework types (TimeSpan, Stream, CultureInfo, ...) are never meant as object types of the API.
    private static bool IsFrameworkType(Type type) =>
        type.Namespace is { } ns && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.", StringComparison.Ordinal));

    private static T? Attribute<T>(ICustomAttributeProvider member)
        where T : Attribute =>
        member.GetCustomAttributes(typeof(T), false) is [T first, ..] ? first : null;
}
