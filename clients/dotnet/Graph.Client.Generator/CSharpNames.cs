using System.Text;

namespace Graph.Client.Generator;

/// <summary>GraphQL names turned into C# identifiers.</summary>
internal static class CSharpNames
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    // Members every record has; a property with one of these names would hide or clash with it.
    private static readonly HashSet<string> RecordMembers = new(StringComparer.Ordinal)
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "PrintMembers", "MemberwiseClone", "Deconstruct",
    };

    /// <summary><c>orderStatus</c> -> <c>OrderStatus</c>; <c>__typename</c> -> <c>Typename</c>.</summary>
    public static string Pascal(string name)
    {
        var trimmed = name.TrimStart('_');
        if (trimmed.Length == 0)
        {
            return "Value";
        }

        var pascal = char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
        return RecordMembers.Contains(pascal) ? pascal + "_" : pascal;
    }

    /// <summary><c>IN_TRANSIT</c> -> <c>InTransit</c>; a name with lower-case letters keeps its casing.</summary>
    public static string EnumMember(string name)
    {
        if (name.Any(char.IsLower))
        {
            return Pascal(name);
        }

        var builder = new StringBuilder(name.Length);
        foreach (var part in name.Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(part[0]).Append(part[1..].ToLowerInvariant());
        }

        return builder.Length == 0 || char.IsDigit(builder[0]) ? "_" + builder : builder.ToString();
    }

    /// <summary><c>Input</c> -> <c>input</c>; C# keywords get <c>@</c>.</summary>
    public static string Parameter(string name)
    {
        var camel = char.ToLowerInvariant(name[0]) + name[1..];
        return Keywords.Contains(camel) || camel == "cancellationToken" ? "@" + camel : camel;
    }

    /// <summary>Text for an XML doc comment.</summary>
    public static string XmlEscape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
