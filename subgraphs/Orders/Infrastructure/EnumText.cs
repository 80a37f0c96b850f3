using System.Text.RegularExpressions;

namespace Graph.Orders.Infrastructure;

/// <summary>Enums as the UPPER_SNAKE_CASE text stored in the database and sent in events (<c>PAYMENT_FAILED</c>).</summary>
public static partial class EnumText
{
    public static string ToText<T>(T value)
        where T : struct, Enum => WordBoundary().Replace(value.ToString(), "$1_$2").ToUpperInvariant();

    public static T Parse<T>(string text)
        where T : struct, Enum => Enum.Parse<T>(text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex WordBoundary();
}
