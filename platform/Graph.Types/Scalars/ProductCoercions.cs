using System.Globalization;
using Graph.Language;

namespace Graph.Types;

/// <summary>UUID (RFC 4122): the hyphenated string form, as <see cref="Guid"/>; serialized lower-case.</summary>
public sealed class UuidCoercion : ScalarCoercion
{
    public override object CoerceInputLiteral(ValueNode literal) => literal is StringValueNode s
        ? Parse(s.Value, SyntaxPrinter.Print(literal))
        : throw new CoercionException($"UUID cannot represent a non string value: {SyntaxPrinter.Print(literal)}");

    public override object CoerceInputValue(object value) => value switch
    {
        Guid guid => guid,
        _ => Numbers.Unwrap(value) is string s
            ? Parse(s, ValueInspector.Inspect(s))
            : throw new CoercionException($"UUID cannot represent a non string value: {ValueInspector.Inspect(value)}"),
    };

    public override object SerializeResult(object value) => value switch
    {
        Guid guid => guid.ToString("D"),
        _ => Numbers.Unwrap(value) is string s
            ? Parse(s, ValueInspector.Inspect(s)).ToString("D")
            : throw new CoercionException($"UUID cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public override ValueNode ValueToLiteral(object value) => new StringValueNode((string)SerializeResult(value));

    private static Guid Parse(string text, string shown) => Guid.TryParseExact(text, "D", out var guid)
        ? guid
        : throw new CoercionException($"UUID cannot represent an invalid UUID string: {shown}.");
}

/// <summary>
/// Decimal: an exact decimal number as <see cref="decimal"/>. Serialized as a string so no JSON client rounds it;
/// accepts a string or a number (Int or Float literal, JSON number) as input.
/// </summary>
public sealed class DecimalCoercion : ScalarCoercion
{
    public override object CoerceInputLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => Parse(s.Value, SyntaxPrinter.Print(literal)),
        IntValueNode i => Parse(i.Value, i.Value),
        FloatValueNode f => Parse(f.Value, f.Value),
        _ => throw new CoercionException($"Decimal cannot represent a non numeric value: {SyntaxPrinter.Print(literal)}"),
    };

    public override object CoerceInputValue(object value)
    {
        switch (value)
        {
            case decimal m:
                return m;
            case System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Number } element:
                return element.TryGetDecimal(out var d) ? d : throw new CoercionException($"Decimal cannot represent value: {element.GetRawText()}");
        }

        var unwrapped = Numbers.Unwrap(value);
        if (unwrapped is string s)
        {
            return Parse(s, ValueInspector.Inspect(s));
        }

        if (Numbers.TryGetInteger(unwrapped, out var integer))
        {
            return (decimal)integer;
        }

        if (Numbers.TryGetDouble(unwrapped, out var dbl) && double.IsFinite(dbl))
        {
            return Parse(dbl.ToString("R", CultureInfo.InvariantCulture), ValueInspector.Inspect(value));
        }

        throw new CoercionException($"Decimal cannot represent a non numeric value: {ValueInspector.Inspect(value)}");
    }

    public override object SerializeResult(object value) => ((decimal)CoerceInputValue(value)).ToString(CultureInfo.InvariantCulture);

    public override ValueNode ValueToLiteral(object value) => new StringValueNode((string)SerializeResult(value));

    private static decimal Parse(string text, string shown) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new CoercionException($"Decimal cannot represent an invalid decimal: {shown}.");
}

/// <summary>Long: a signed 64-bit integer as <see cref="long"/>; Int literals and integral JSON numbers as input.</summary>
public sealed class LongCoercion : ScalarCoercion
{
    public override object CoerceInputLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode node)
        {
            throw new CoercionException($"Long cannot represent non-integer value: {SyntaxPrinter.Print(literal)}");
        }

        return long.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new CoercionException($"Long cannot represent non 64-bit signed integer value: {node.Value}");
    }

    public override object CoerceInputValue(object value) =>
        Numbers.IsNumber(value) && Numbers.TryGetInteger(value, out var result)
            ? result
            : throw new CoercionException($"Long cannot represent non-integer value: {ValueInspector.Inspect(value)}");

    public override object SerializeResult(object value)
    {
        var unwrapped = Numbers.Unwrap(value);
        if (Numbers.IsNumber(unwrapped) && Numbers.TryGetInteger(unwrapped, out var result))
        {
            return result;
        }

        if (unwrapped is string s && long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result))
        {
            return result;
        }

        throw new CoercionException($"Long cannot represent non-integer value: {ValueInspector.Inspect(value)}");
    }

    public override ValueNode ValueToLiteral(object value) =>
        new IntValueNode(((long)SerializeResult(value)).ToString(CultureInfo.InvariantCulture));
}

/// <summary>URL: an absolute URL (RFC 3986) as <see cref="Uri"/>.</summary>
public sealed class UrlCoercion : ScalarCoercion
{
    private static readonly System.Buffers.SearchValues<char> SchemeCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");

    public override object CoerceInputLiteral(ValueNode literal) => literal is StringValueNode s
        ? Parse(s.Value, SyntaxPrinter.Print(literal))
        : throw new CoercionException($"URL cannot represent a non string value: {SyntaxPrinter.Print(literal)}");

    public override object CoerceInputValue(object value) => value switch
    {
        Uri { IsAbsoluteUri: true } uri => uri,
        _ => Numbers.Unwrap(value) is string s
            ? Parse(s, ValueInspector.Inspect(s))
            : throw new CoercionException($"URL cannot represent a non string value: {ValueInspector.Inspect(value)}"),
    };

    public override object SerializeResult(object value) => ((Uri)CoerceInputValue(value)).AbsoluteUri;

    public override ValueNode ValueToLiteral(object value) => new StringValueNode((string)SerializeResult(value));

    // RFC 3986 absolute-URI starts with a scheme; .NET on Unix would otherwise read "/path" as a file URI.
    private static Uri Parse(string text, string shown) =>
        text.Length > 0 && char.IsAsciiLetter(text[0]) && text.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon
        && text.AsSpan(0, colon).IndexOfAnyExcept(SchemeCharacters) < 0 && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        ? uri
        : throw new CoercionException($"URL cannot represent an invalid absolute URL: {shown}.");
}
