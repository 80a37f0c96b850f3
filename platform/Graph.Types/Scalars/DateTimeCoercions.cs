using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Language;

namespace Graph.Types;

/// <summary>
/// DateTime: an RFC 3339 date-time with offset (<c>2024-05-01T10:30:00.000Z</c>) as <see cref="DateTimeOffset"/>,
/// per https://scalars.graphql.org/andimarek/date-time (serialized with millisecond precision).
/// </summary>
public sealed partial class DateTimeCoercion : ScalarCoercion
{
    public override object CoerceInputLiteral(ValueNode literal) => literal is StringValueNode s
        ? Parse(s.Value, SyntaxPrinter.Print(literal))
        : throw new CoercionException($"DateTime cannot represent a non string value: {SyntaxPrinter.Print(literal)}");

    public override object CoerceInputValue(object value) => value switch
    {
        DateTimeOffset offset => offset,
        DateTime dateTime => FromDateTime(dateTime),
        _ => Numbers.Unwrap(value) is string s
            ? Parse(s, ValueInspector.Inspect(s))
            : throw new CoercionException($"DateTime cannot represent a non string value: {ValueInspector.Inspect(value)}"),
    };

    public override object SerializeResult(object value) => value switch
    {
        DateTimeOffset offset => Format(offset),
        DateTime dateTime => Format(FromDateTime(dateTime)),
        _ => Numbers.Unwrap(value) is string s
            ? Format(Parse(s, ValueInspector.Inspect(s)))
            : throw new CoercionException($"DateTime cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public override ValueNode ValueToLiteral(object value) => new StringValueNode((string)SerializeResult(value));

    internal static string Format(DateTimeOffset value) => value.Offset == TimeSpan.Zero
        ? value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
        : value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    // A DateTime without a kind is taken as UTC: servers store UTC, and a local offset would depend on the host.
    private static DateTimeOffset FromDateTime(DateTime value) => value.Kind == DateTimeKind.Local
        ? new DateTimeOffset(value)
        : new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static DateTimeOffset Parse(string text, string shown)
    {
        var match = Rfc3339().Match(text);
        if (!match.Success)
        {
            throw new CoercionException($"DateTime cannot represent an invalid date-time string: {shown}. Expected RFC 3339, for example 2024-05-01T10:30:00Z.");
        }

        // .NET parses at most 7 fractional digits; RFC 3339 allows any number, so extra precision is dropped.
        var fraction = match.Groups["fraction"].Value;
        var normalized = match.Groups["main"].Value + (fraction.Length > 0 ? "." + fraction[..Math.Min(7, fraction.Length)] : string.Empty)
            + (match.Groups["offset"].Value is "Z" or "z" ? "+00:00" : match.Groups["offset"].Value);
        if (!DateTimeOffset.TryParseExact(normalized, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var result))
        {
            throw new CoercionException($"DateTime cannot represent an invalid date-time string: {shown}.");
        }

        return result;
    }

    [GeneratedRegex(@"^(?<main>\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2})(?:\.(?<fraction>\d+))?(?<offset>[Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}

/// <summary>Date: a calendar date <c>yyyy-MM-dd</c> (RFC 3339 full-date) as <see cref="DateOnly"/>.</summary>
public sealed partial class DateCoercion : ScalarCoercion
{
    public override object CoerceInputLiteral(ValueNode literal) => literal is StringValueNode s
        ? Parse(s.Value, SyntaxPrinter.Print(literal))
        : throw new CoercionException($"Date cannot represent a non string value: {SyntaxPrinter.Print(literal)}");

    public override object CoerceInputValue(object value) => value switch
    {
        DateOnly date => date,
        _ => Numbers.Unwrap(value) is string s
            ? Parse(s, ValueInspector.Inspect(s))
            : throw new CoercionException($"Date cannot represent a non string value: {ValueInspector.Inspect(value)}"),
    };

    public override object SerializeResult(object value) => value switch
    {
        DateOnly date => Format(date),
        DateTime dateTime => Format(DateOnly.FromDateTime(dateTime)),
        DateTimeOffset offset => Format(DateOnly.FromDateTime(offset.DateTime)),
        _ => Numbers.Unwrap(value) is string s
            ? Format(Parse(s, ValueInspector.Inspect(s)))
            : throw new CoercionException($"Date cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public override ValueNode ValueToLiteral(object value) => new StringValueNode((string)SerializeResult(value));

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Parse(string text, string shown) =>
        FullDate().IsMatch(text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CoercionException($"Date cannot represent an invalid date string: {shown}. Expected yyyy-MM-dd.");

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();
}
