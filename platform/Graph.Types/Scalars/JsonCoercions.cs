using System.Text.Json;
using Graph.Language;

namespace Graph.Types;

/// <summary>JSON: any JSON value (RFC 8259), as a <see cref="JsonElement"/>; object literals become JSON objects.</summary>
public sealed class JsonCoercion : ScalarCoercion
{
    public override object CoerceInputLiteral(ValueNode literal) => LiteralConverter.ToJsonElement(literal);

    public override object CoerceInputValue(object value) => value is JsonElement element
        ? element.Clone()
        : JsonSerializer.SerializeToElement(value);

    public override object SerializeResult(object value) => value is JsonElement element
        ? element
        : JsonSerializer.SerializeToElement(value);

    public override ValueNode ValueToLiteral(object value) => LiteralConverter.FromValue(value);
}

/// <summary>
/// The coercion of a custom scalar nobody bound: values pass through unchanged, literals become untyped values
/// (graphql-js's default for a <c>GraphQLScalarType</c> without functions).
/// </summary>
public sealed class PassThroughCoercion : ScalarCoercion
{
    public static PassThroughCoercion Instance { get; } = new();

    public override object CoerceInputLiteral(ValueNode literal) => LiteralConverter.ToUntyped(literal)!;

    public override object CoerceInputValue(object value) => value;

    public override object SerializeResult(object value) => value;

    public override ValueNode ValueToLiteral(object value) => LiteralConverter.FromValue(value);
}
