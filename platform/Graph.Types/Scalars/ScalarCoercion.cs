using Graph.Language;

namespace Graph.Types;

/// <summary>
/// The coercion rules of one scalar (spec 3.5 "Scalars": Input Coercion, Result Coercion). Implementations only see
/// non-null values: <see cref="ScalarType"/> handles null, which every nullable type accepts (spec 3.5).
/// Failures throw <see cref="CoercionException"/> with a message naming the scalar and the value.
/// </summary>
public abstract class ScalarCoercion
{
    /// <summary>Coerces a constant literal from a document (no variables: the executor substitutes them first).</summary>
    public abstract object CoerceInputLiteral(ValueNode literal);

    /// <summary>Coerces an external input value: a <see cref="System.Text.Json.JsonElement"/> from variables, or a CLR value.</summary>
    public abstract object CoerceInputValue(object value);

    /// <summary>Coerces an internal value produced by a resolver into its serialized form (spec 3.5 "Result Coercion").</summary>
    public abstract object SerializeResult(object value);

    /// <summary>Produces a literal from an internal value, for default values given in code and SDL export.</summary>
    public abstract ValueNode ValueToLiteral(object value);
}
