using System.Collections.Frozen;
using Graph.Language;

namespace Graph.Types;

/// <summary>
/// The scalars of spec 3.5 (Int, Float, String, Boolean, ID) and the product's custom scalars
/// (DateTime, Date, UUID, Decimal, Long, URL, JSON), each custom one with <c>@specifiedBy</c> where a standard exists.
/// </summary>
public static class BuiltInScalars
{
    public static ScalarType Int { get; } = new("Int", new IntCoercion(),
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        isBuiltIn: true);

    public static ScalarType Float { get; } = new("Float", new FloatCoercion(),
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        isBuiltIn: true);

    public static ScalarType String { get; } = new("String", new StringCoercion(),
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        isBuiltIn: true);

    public static ScalarType Boolean { get; } = new("Boolean", new BooleanCoercion(),
        "The `Boolean` scalar type represents `true` or `false`.",
        isBuiltIn: true);

    public static ScalarType ID { get; } = new("ID", new IdCoercion(),
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        isBuiltIn: true);

    public static ScalarType DateTime { get; } = Custom("DateTime", new DateTimeCoercion(),
        "A date and time with offset, as an RFC 3339 string (for example `2024-05-01T10:30:00.000Z`).",
        "https://scalars.graphql.org/andimarek/date-time");

    public static ScalarType Date { get; } = Custom("Date", new DateCoercion(),
        "A calendar date without time, as an RFC 3339 full-date string (for example `2024-05-01`).",
        "https://scalars.graphql.org/andimarek/local-date");

    public static ScalarType UUID { get; } = Custom("UUID", new UuidCoercion(),
        "A universally unique identifier in its hyphenated RFC 4122 form (for example `6f0c2a5e-8a4b-4d3e-9b0a-2f1c3d4e5f60`).",
        "https://tools.ietf.org/html/rfc4122");

    public static ScalarType Decimal { get; } = Custom("Decimal", new DecimalCoercion(),
        "An exact decimal number, serialized as a string (for example `\"19.99\"`) so that no client rounds it. Accepts a string or a number as input.",
        specifiedBy: null);

    public static ScalarType Long { get; } = Custom("Long", new LongCoercion(),
        "A signed 64-bit integer, serialized as a JSON number.",
        specifiedBy: null);

    public static ScalarType URL { get; } = Custom("URL", new UrlCoercion(),
        "An absolute URL as defined by RFC 3986 (for example `https://example.com/image.png`).",
        "https://tools.ietf.org/html/rfc3986");

    public static ScalarType JSON { get; } = Custom("JSON", new JsonCoercion(),
        "Any JSON value: object, array, string, number, boolean or null.",
        "https://www.rfc-editor.org/rfc/rfc8259");

    /// <summary>The scalars defined by the specification (spec 3.5 "Built-in Scalars").</summary>
    public static IReadOnlyList<ScalarType> Specified { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>The product's custom scalars.</summary>
    public static IReadOnlyList<ScalarType> Product { get; } = [DateTime, Date, UUID, Decimal, Long, URL, JSON];

    private static readonly FrozenDictionary<string, ScalarType> ByName =
        Specified.Concat(Product).ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> is Int, Float, String, Boolean or ID.</summary>
    public static bool IsSpecifiedScalarName(string name) => name is "Int" or "Float" or "String" or "Boolean" or "ID";

    /// <summary>The built-in or product scalar named <paramref name="name"/>, if any.</summary>
    public static ScalarType? Find(string name) => ByName.GetValueOrDefault(name);

    private static ScalarType Custom(string name, ScalarCoercion coercion, string description, string? specifiedBy) =>
        new(name, coercion, description, specifiedBy is null
            ? DirectiveUsageList.Empty
            : new DirectiveUsageList([DirectiveUsage.Create(BuiltInDirectives.SpecifiedByName, ("url", new StringValueNode(specifiedBy)))]));
}
