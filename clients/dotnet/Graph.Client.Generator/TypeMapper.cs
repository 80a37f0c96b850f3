using Graph.Types;

namespace Graph.Client.Generator;

/// <summary>
/// Schema types as C# type names: built-in and product scalars to .NET types, wrapping types to
/// <c>IReadOnlyList&lt;T&gt;</c> and nullable annotations exactly as the schema's (non-)null says.
/// </summary>
internal static class TypeMapper
{
    private static readonly Dictionary<string, (string Name, bool IsValueType)> Scalars = new(StringComparer.Ordinal)
    {
        ["String"] = ("string", false),
        ["ID"] = ("string", false),
        ["Int"] = ("int", true),
        ["Float"] = ("double", true),
        ["Boolean"] = ("bool", true),
        ["DateTime"] = ("DateTimeOffset", true),
        ["Date"] = ("DateOnly", true),
        ["UUID"] = ("Guid", true),
        ["Decimal"] = ("decimal", true),
        ["Long"] = ("long", true),
        ["URL"] = ("Uri", false),
        ["JSON"] = ("JsonElement", true),
    };

    /// <summary>A leaf type's C# name; a custom scalar the generator does not know is a <c>JsonElement</c>.</summary>
    public static string Leaf(INamedType type) => type switch
    {
        EnumType => type.Name,
        _ when Scalars.TryGetValue(type.Name, out var scalar) => scalar.Name,
        _ => "JsonElement",
    };

    /// <summary>
    /// The C# type of a field or variable: <paramref name="named"/> for the named type, wrapped as the schema wraps it.
    /// <paramref name="forceNullable"/> makes the outer type nullable (a field under <c>@skip</c>/<c>@include</c>).
    /// </summary>
    public static string Wrap(IType type, string named, bool forceNullable = false)
    {
        var text = WrapInner(type, named);
        return forceNullable && !text.EndsWith('?') ? text + "?" : text;
    }

    private static string WrapInner(IType type, string named) => type switch
    {
        NonNullType nonNull => WrapInner(nonNull.OfType, named).TrimEnd('?'),
        ListType list => $"IReadOnlyList<{WrapInner(list.OfType, named)}>?",
        _ => named + "?",
    };
}
