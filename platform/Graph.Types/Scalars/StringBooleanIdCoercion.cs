using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Language;

namespace Graph.Types;

/// <summary>String (spec 3.5.3): Unicode text; only string input values.</summary>
public sealed class StringCoercion : ScalarCoercion
{
    public override object CoerceInputLiteral(ValueNode literal) => literal is StringValueNode s
        ? s.Value
        : throw new CoercionException($"String cannot represent a non string value: {SyntaxPrinter.Print(literal)}");

    public override object CoerceInputValue(object value) => Numbers.Unwrap(value) is string s
        ? s
        : throw new CoercionException($"String cannot represent a non string value: {ValueInspector.Inspect(value)}");

    public override object SerializeResult(object value)
    {
        var unwrapped = Numbers.Unwrap(value);
        switch (unwrapped)
        {
            case string s:
                return s;
            case char c:
                return c.ToString();
            case bool b:
                return b ? "true" : "false";
            case double or float or decimal or System.Text.Json.JsonElement:
                if (Numbers.TryGetDouble(unwrapped, out var d) && double.IsFinite(d))
                {
                    return unwrapped is decimal m ? m.ToString(CultureInfo.InvariantCulture) : ValueInspector.FormatNumber(d);
                }

                break;
            default:
                if (Numbers.TryGetInteger(unwrapped, out var integer))
                {
                    return integer.ToString(CultureInfo.InvariantCulture);
                }

                break;
        }

        throw new CoercionException($"String cannot represent value: {ValueInspector.Inspect(value)}");
    }

    public override ValueNode ValueToLiteral(object value) => value is string s
        ? new StringValueNode(s)
        : throw new CoercionException($"String cannot represent a non string value: {ValueInspector.Inspect(value)}");
}

/// <summary>Boolean (spec 3.5.4): only boolean input values.</summary>
public sealed class BooleanCoercion : ScalarCoercion
{
    public override object CoerceInputLiteral(ValueNode literal) => literal is BooleanValueNode b
        ? b.Value
        : throw new CoercionException($"Boolean cannot represent a non boolean value: {SyntaxPrinter.Print(literal)}");

    public override object CoerceInputValue(object value) => Numbers.Unwrap(value) is bool b
        ? b
        : throw new CoercionException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");

    public override object SerializeResult(object value)
    {
        var unwrapped = Numbers.Unwrap(value);
        if (unwrapped is bool b)
        {
            return b;
        }

        if (Numbers.TryGetDouble(unwrapped, out var d) && double.IsFinite(d))
        {
            return d != 0;
        }

        throw new CoercionException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");
    }

    public override ValueNode ValueToLiteral(object value) => value is bool b
        ? new BooleanValueNode(b)
        : throw new CoercionException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");
}

/// <summary>ID (spec 3.5.5): serialized as a string; string and integer input values.</summary>
public sealed partial class IdCoercion : ScalarCoercion
{
    public override object CoerceInputLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new CoercionException($"ID cannot represent a non-string and non-integer value: {SyntaxPrinter.Print(literal)}"),
    };

    public override object CoerceInputValue(object value)
    {
        var unwrapped = Numbers.Unwrap(value);
        if (unwrapped is string s)
        {
            return s;
        }

        if (Numbers.IsNumber(unwrapped) && Numbers.TryGetInteger(unwrapped, out var integer))
        {
            return integer.ToString(CultureInfo.InvariantCulture);
        }

        throw new CoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}");
    }

    public override object SerializeResult(object value)
    {
        var unwrapped = Numbers.Unwrap(value);
        switch (unwrapped)
        {
            case string s:
                return s;
            case Guid g:
                return g.ToString("D");
            default:
                if (Numbers.IsNumber(unwrapped) && Numbers.TryGetInteger(unwrapped, out var integer))
                {
                    return integer.ToString(CultureInfo.InvariantCulture);
                }

                throw new CoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}");
        }
    }

    public override ValueNode ValueToLiteral(object value)
    {
        var serialized = (string)SerializeResult(value);
        return IntegerPattern().IsMatch(serialized) ? new IntValueNode(serialized) : new StringValueNode(serialized);
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();
}
