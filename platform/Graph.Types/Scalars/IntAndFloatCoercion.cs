using System.Globalization;
using Graph.Language;

namespace Graph.Types;

/// <summary>Int (spec 3.5.1): a signed 32-bit integer; only integer input values, no numeric strings.</summary>
public sealed class IntCoercion : ScalarCoercion
{
    public override object CoerceInputLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode node)
        {
            throw new CoercionException($"Int cannot represent non-integer value: {SyntaxPrinter.Print(literal)}");
        }

        if (!int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {node.Value}");
        }

        return result;
    }

    public override object CoerceInputValue(object value)
    {
        if (Numbers.IsNumber(value))
        {
            return FromNumber(value);
        }

        throw new CoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
    }

    public override object SerializeResult(object value)
    {
        var unwrapped = Numbers.Unwrap(value);
        if (Numbers.IsNumber(unwrapped))
        {
            return FromNumber(unwrapped);
        }

        switch (unwrapped)
        {
            case bool b:
                return b ? 1 : 0;
            case string s when s.Length > 0 && Numbers.TryParseDouble(s, out var d):
                return FromNumber(d);
            case Enum e:
                return FromNumber(Convert.ToInt64(e, CultureInfo.InvariantCulture));
            default:
                throw new CoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }
    }

    public override ValueNode ValueToLiteral(object value) =>
        Numbers.TryGetInteger(value, out var integer) && integer is >= int.MinValue and <= int.MaxValue
            ? new IntValueNode(integer.ToString(CultureInfo.InvariantCulture))
            : throw new CoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");

    private static int FromNumber(object value)
    {
        if (!Numbers.TryGetInteger(value, out var integer))
        {
            if (Numbers.TryGetDouble(value, out var d) && double.IsFinite(d) && d == Math.Floor(d))
            {
                throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
            }

            throw new CoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        if (integer is < int.MinValue or > int.MaxValue)
        {
            throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
        }

        return (int)integer;
    }
}

/// <summary>Float (spec 3.5.2): a finite IEEE 754 double; integer and float input values.</summary>
public sealed class FloatCoercion : ScalarCoercion
{
    public override object CoerceInputLiteral(ValueNode literal)
    {
        var text = literal switch
        {
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => throw new CoercionException($"Float cannot represent non numeric value: {SyntaxPrinter.Print(literal)}"),
        };

        // Spec 3.5.2: a value not representable by finite IEEE 754 (1e400) is a request error.
        return Numbers.TryParseDouble(text, out var result)
            ? result
            : throw new CoercionException($"Float cannot represent non numeric value: {text}");
    }

    public override object CoerceInputValue(object value) =>
        Numbers.TryGetDouble(value, out var d) && double.IsFinite(d)
            ? d
            : throw new CoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");

    public override object SerializeResult(object value)
    {
        var unwrapped = Numbers.Unwrap(value);
        switch (unwrapped)
        {
            case bool b:
                return b ? 1.0 : 0.0;
            case string s when s.Length > 0 && Numbers.TryParseDouble(s, out var parsed):
                return parsed;
            default:
                if (Numbers.TryGetDouble(unwrapped, out var d) && double.IsFinite(d))
                {
                    return d;
                }

                throw new CoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
        }
    }

    public override ValueNode ValueToLiteral(object value)
    {
        if (!Numbers.TryGetDouble(value, out var d) || !double.IsFinite(d))
        {
            throw new CoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
        }

        var text = ValueInspector.FormatNumber(d);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('e', StringComparison.Ordinal)
            ? new FloatValueNode(text)
            : new IntValueNode(text);
    }
}
